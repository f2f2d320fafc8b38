// Tests for inOtherProducts: blocks of related, recommended and recently viewed products, product cards, and the main product's own wrapper.
import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../html/index.js';
import { inOtherProducts } from './other-products.js';

function target(body: string): { el: Element; doc: Document } {
  const doc = parseHtmlDocument(`<html><body>${body}</body></html>`);
  const el = doc.querySelector('#t');
  if (!el) throw new Error('fixture has no #t');
  return { el, doc };
}

describe('inOtherProducts', () => {
  it.each<[string, string, boolean]>([
    [
      'a related-products section',
      '<section class="related products"><ul><li><span id="t">$5</span></li></ul></section>',
      true,
    ],
    ['a recommendations element by id', '<div id="product-recommendations"><b id="t">x</b></div>', true],
    ['a product card', '<div class="card-wrapper product-card-wrapper"><span id="t">x</span></div>', true],
    [
      'a Magento product item',
      '<ol class="product-items"><li class="item product product-item"><span id="t">x</span></li></ol>',
      true,
    ],
    ['a next-product link', '<img id="t" class="next-product-image">', true],
    [
      'the main product',
      '<div class="product-single"><div class="product__info"><span id="t">x</span></div></div>',
      false,
    ],
    ['a bare page', '<span id="t">x</span>', false],
  ])('%s → %s', (_label, body, expected) => {
    expect(inOtherProducts(target(body).el)).toBe(expected);
  });

  it("stops at the main product's own container, whatever its wrapper is called", () => {
    const { el, doc } = target('<div class="product-grid-wrapper"><div id="main"><span id="t">x</span></div></div>');
    expect([inOtherProducts(el), inOtherProducts(el, doc.querySelector('#main'))]).toEqual([true, false]);
  });

  it('looks no further than the main element', () => {
    const { el } = target('<div class="related-wrapper"><main><div><span id="t">x</span></div></main></div>');
    expect(inOtherProducts(el)).toBe(false);
  });
});
