// buy-box: the add-to-cart control near the heading, the price a buyer pays there, and the stock it states.
import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../html/index.js';
import { bestPrice, buyBoxAvailability, findBuyBox, priceCandidates } from './buy-box.js';
import { PageIndex } from './page-index.js';

function page(body: string) {
  const doc = parseHtmlDocument(`<html><body>${body}</body></html>`);
  const index = new PageIndex(doc);
  const heading = doc.querySelector('h1');
  const box = findBuyBox(index, heading);
  return { index, heading, box };
}

const buyBox = (inner: string, after = '') =>
  `<header><div class="minicart"><span class="price">$0.00</span></div></header><main><div class="pdp"><h1>Oak Desk</h1>${inner}<button>Add to cart</button></div>${after}</main>`;

const bestOf = (body: string) => {
  const { index, heading, box } = page(body);
  const best = bestPrice(priceCandidates(index, box, heading));
  return best ? best.text : null;
};

describe('the price a buyer pays', () => {
  it.each([
    ['a single price', buyBox('<span class="price">$94.00</span>'), '$94.00'],
    [
      'sale over struck-through was-price',
      buyBox('<s class="price">$119.00</s><span class="price">$94.00</span>'),
      '$94.00',
    ],
    [
      'sale over a "Was:" label',
      buyBox('<span class="price">Was: $69.00</span><span class="price">$32.50</span>'),
      '$32.50',
    ],
    [
      'sale over an old-price class',
      buyBox('<p class="old-price">$119.00</p><p class="special-price">$94.00</p>'),
      '$94.00',
    ],
    [
      '"Now" label wins over a markdown',
      buyBox('<h5 class="product-price--markdown">$64.95</h5><h5 class="product-price">Now $52.00</h5>'),
      'Now $52.00',
    ],
    [
      'per-unit price left out',
      buyBox('<span class="unit-price">$2.50/oz</span><span class="price">$12.99</span>'),
      '$12.99',
    ],
    [
      'per-unit text left out',
      buyBox('<span class="price">(€12.40 / 100 ml)</span><span class="price">€6.20</span>'),
      '€6.20',
    ],
    [
      'instalments left out',
      buyBox('<span class="price-installments">$20/mo for 12 months</span><span class="price">$240.00</span>'),
      '$240.00',
    ],
    [
      'savings left out',
      buyBox('<span class="price">You save $5.00 (10%)</span><span class="price">$45.00</span>'),
      '$45.00',
    ],
    [
      'split price in spans stays whole',
      buyBox('<span class="price"><span>$</span><span>39.</span><span>99</span></span>'),
      '$39.99',
    ],
    [
      'struck parts inside one price element left out',
      buyBox('<span class="price"><span class="strikethrough">$79.99</span><span>$39.99</span></span>'),
      '$39.99',
    ],
    [
      'bare number borrows its wrapper sign',
      buyBox(
        '<div class="pp"><span class="cur">$</span><span class="price__value">15</span><span class="price__value hide">15</span></div>',
      ),
      '$15',
    ],
    [
      'related products left out',
      buyBox(
        '<span class="price">$49.00</span>',
        '<section class="related-products"><span class="price sale">$9.95</span></section>',
      ),
      '$49.00',
    ],
    ['empty mini cart left out', buyBox(''), null],
    ['decimal comma', buyBox('<div class="product-price">1.299,00 €</div>'), '1.299,00 €'],
  ])('%s', (_label, body, expected) => {
    expect(bestOf(body)).toBe(expected);
  });
});

describe('findBuyBox', () => {
  it('finds the add-to-cart control in several languages and the box holding it and the heading', () => {
    for (const label of [
      'Add to bag',
      'In den Warenkorb',
      'Ajouter au panier',
      'Añadir a la cesta',
      'Aggiungi al carrello',
    ]) {
      const { box } = page(`<div class="p"><h1>Desk</h1><button type="submit">${label}</button></div>`);
      expect(box.addToCart?.textContent).toBe(label);
      expect(box.root?.getAttribute('class')).toBe('p');
      expect(box.soldOutControl).toBe(false);
    }
  });
  it.each([
    ['<button disabled>Add to cart</button>', true],
    ['<button aria-disabled="true">Add to cart</button>', true],
    ['<button class="add-to-cart">Sold out</button>', true],
    ['<input type="submit" name="add" value="Add to basket">', false],
  ])('%s → sold out %s', (control, soldOut) => {
    expect(page(`<div><h1>Desk</h1>${control}</div>`).box.soldOutControl).toBe(soldOut);
  });
  it('has no root when there is no add-to-cart control', () => {
    expect(page('<div><h1>Desk</h1><button>Share</button></div>').box).toEqual({
      root: null,
      addToCart: null,
      soldOutControl: false,
    });
  });
});

describe('buyBoxAvailability', () => {
  it.each([
    ['<p class="stock">Nur noch 3 auf Lager</p><button>In den Warenkorb</button>', 'InStock', 0.85],
    ['<p class="availability">Ausverkauft</p><button disabled>In den Warenkorb</button>', 'OutOfStock', 0.85],
    ['<span class="stock-status">Rupture de stock</span>', 'OutOfStock', 0.7],
    ['<button disabled>Add to cart</button>', 'OutOfStock', 0.7],
    ['<button>Add to cart</button>', 'InStock', 0.6],
  ])('%s → %s', (inner, status, confidence) => {
    const { index, heading, box } = page(`<div class="p"><h1>Desk</h1>${inner}</div>`);
    const found = buyBoxAvailability(index, box, heading);
    expect({ status: found?.status, confidence: found?.confidence }).toEqual({ status, confidence });
  });
  it('says nothing without a stock line or a control', () => {
    const { index, heading, box } = page('<div><h1>Desk</h1><p>Solid oak.</p></div>');
    expect(buyBoxAvailability(index, box, heading)).toBeUndefined();
  });
});

describe('price ranges', () => {
  it.each([
    ['$24.99 - $39.99', 24.99],
    ['24,99 € – 39,99 €', 24.99],
    ['From $10.00 — $12.00', 10],
  ])('%s reads as its lowest price', (range, amount) => {
    const { index, heading, box } = page(buyBox(`<span class="price">${range}</span>`));
    expect(bestPrice(priceCandidates(index, box, heading))?.amount).toBe(amount);
  });
  it('a was/now pair in one element is not a range', () => {
    const { index, heading, box } = page(buyBox('<span class="price-box">$79.99 $39.99</span>'));
    expect(priceCandidates(index, box, heading)).toEqual([]);
  });
});
