// generic site: which pages count as product pages for an on-demand audit (structured data, price tags, buy controls).
import { describe, expect, it } from 'vitest';
import { fixtureDocument } from '../../test/helpers/dom.js';
import { hasProductData } from './generic.js';

const doc = (body: string, head = '') =>
  fixtureDocument(`<html><head>${head}</head><body>${body}</body></html>`, 'https://shop.example/p');

describe('hasProductData', () => {
  it.each([
    ['JSON-LD Product', '', '<script type="application/ld+json">{"@type":"Product","name":"A"}</script>', true],
    ['microdata', '<div itemscope itemtype="https://schema.org/Product"></div>', '', true],
    ['og:type product', '', '<meta property="og:type" content="product">', true],
    ['product price tag', '', '<meta property="product:price:amount" content="9.99">', true],
    ['add-to-cart form', '<form action="/cart/add"><button>Add</button></form>', '', true],
    ['sku id on the button', '<button data-sku-id="6501234">Add to Cart</button>', '', true],
    ['add-to-cart button class', '<button class="btn add-to-cart-button">Add</button>', '', true],
    ['a blog post', '<article><h1>Post</h1><button>Subscribe</button></article>', '', false],
    ['JSON-LD Article', '', '<script type="application/ld+json">{"@type":"Article"}</script>', false],
  ])('%s → %s', (_label, body, head, expected) => {
    expect(hasProductData(doc(body, head))).toBe(expected);
  });
});
