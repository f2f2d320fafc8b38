// isProductPage: structured data, price tags, add-to-cart controls in several languages; category and blog pages are not.
import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../html/index.js';
import { isProductPage } from './product-page.js';

const page = (body: string, head = '') => parseHtmlDocument(`<html><head>${head}</head><body>${body}</body></html>`);

describe('isProductPage', () => {
  it.each([
    ['JSON-LD Product', '', '<script type="application/ld+json">{"@type":"Product","name":"Desk"}</script>', true],
    [
      'microdata Product',
      '<div itemscope itemtype="https://schema.org/Product"><h1 itemprop="name">Desk</h1></div>',
      '',
      true,
    ],
    ['price tags', '', '<meta property="product:price:amount" content="89.90">', true],
    ['add to cart, English', '<h1>Oak Desk</h1><span class="price">$120</span><button>Add to cart</button>', '', true],
    [
      'in den Warenkorb',
      '<h1>Eichentisch</h1><button class="c-button" id="fpAddBsk">In den Warenkorb</button>',
      '',
      true,
    ],
    ['ajouter au panier', '<h1>Bureau</h1><button>Ajouter au panier</button>', '', true],
    [
      'a category page',
      '<h1>Desks</h1><ul><li><a href="/p/1">Oak Desk</a> $120</li><li><a href="/p/2">Pine Desk</a> $90</li></ul>',
      '',
      false,
    ],
    ['a blog post', '<article><h1>How to pick a desk</h1><button>Subscribe</button></article>', '', false],
    [
      'JSON-LD Article',
      '',
      '<script type="application/ld+json">{"@type":"Article","headline":"Desks"}</script>',
      false,
    ],
  ])('%s → %s', (_label, body, head, expected) => {
    expect(isProductPage(page(body, head), 'https://shop.example/p/1')).toBe(expected);
  });

  it('is false for something that is not a Document, never a throw', () => {
    expect(isProductPage({} as Document, 'https://shop.example/')).toBe(false);
  });
});
