// Tests for the bol adapter: hosts, the product id, the <sup> cents of the promo price, the buy block (not carousels or other sellers), star labels and the spec list.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../../../html/index.js';
import { extractListing } from '../../extract-listing.js';
import type { Listing } from '../../listing-types.js';
import { PageIndex } from '../../page-index.js';
import { bolAdapter, bolPrice, bolProductId, parseBolRating } from './bol.js';

const URL = 'https://www.bol.com/nl/nl/p/philips-airfryer-xl/9300000123456789/';

const promo = (euros: string, cents: string) =>
  `<span class="promo-price" data-test="price">${euros}<sup class="promo-price__fraction" data-test="price-fraction">${cents}</sup></span>`;

function page(body: string): string {
  return `<html lang="nl-NL"><head><title>bol | Airfryer</title></head><body>${body}</body></html>`;
}

function extract(html: string, url = URL): Listing {
  return extractListing(parseHtmlDocument(html), url);
}

type Fields = Pick<Listing, 'title' | 'brand' | 'price' | 'availability' | 'rating' | 'reviewCount' | 'ids'> & {
  images: number;
};

function fields(listing: Listing): Fields {
  const { title, brand, price, availability, rating, reviewCount, ids } = listing;
  return { title, brand, price, availability, rating, reviewCount, ids, images: listing.images.length };
}

const EUR = (amount: number) => ({ amount, currency: 'EUR' });

function element(html: string): Element {
  const el = parseHtmlDocument(`<html><body>${html}</body></html>`).body.firstElementChild;
  if (!el) throw new Error('no element');
  return el;
}

describe('bolAdapter.matches', () => {
  const index = new PageIndex(parseHtmlDocument('<html><body></body></html>'));
  it.each([
    ['www.bol.com', true],
    ['bol.com', true],
    ['www.bol.be', true],
    ['www.bolcom.nl', false],
    ['symbol.com', false],
  ])('%s → %s', (host, want) => {
    expect(bolAdapter.matches(host, index)).toBe(want);
  });
});

describe('bolProductId', () => {
  it.each([
    [URL, '9300000123456789'],
    ['https://www.bol.com/be/fr/p/philips-airfryer/9200000098453451/?bltgh=x', '9200000098453451'],
    ['https://www.bol.com/nl/nl/l/airfryers/21668/', undefined],
    ['nope', undefined],
  ])('%s → %s', (url, id) => {
    expect(bolProductId(url)).toBe(id);
  });
});

describe('bolPrice', () => {
  it.each([
    [promo('149', '99'), 149.99],
    [promo('19', '-'), 19],
    [promo('1.299', '-'), 1299],
    [promo('1.299', '5'), 1299.5],
    ['<span class="promo-price">24,95</span>', 24.95],
    ['<span class="promo-price"> </span>', undefined],
  ])('%s → %s', (html, amount) => {
    expect(bolPrice(element(html))?.amount).toBe(amount);
  });

  it('reads every euros-and-cents pair as one amount', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99_999 }), fc.integer({ min: 0, max: 99 }), (euros, cents) => {
        const whole =
          euros >= 1000 ? `${Math.floor(euros / 1000)}.${String(euros % 1000).padStart(3, '0')}` : String(euros);
        const price = bolPrice(element(promo(whole, String(cents).padStart(2, '0'))));
        expect(price?.amount).toBeCloseTo(euros + cents / 100, 6);
      }),
      { numRuns: 300, seed: 14 },
    );
  });
});

describe('parseBolRating', () => {
  it.each([
    ['Gemiddeld 4.6 van de 5 sterren uit 1.284 reviews', { rating: 4.6, count: 1284 }],
    ['En moyenne 4,2 sur 5 étoiles, 37 avis', { rating: 4.2, count: 37 }],
    ['4,0/5', { rating: 4 }],
    ['Nog geen reviews', {}],
  ])('%s', (text, want) => {
    expect(parseBolRating(text)).toEqual(want);
  });
});

describe('bol product pages', () => {
  it.each<[string, string, Partial<Fields>]>([
    [
      'the buy block: title span, brand link, euros and cents, stock, stars, EAN, product id',
      page(`<div class="pdp-header"><h1 class="page-heading"><span data-test="title">Philips Airfryer XL</span></h1>
        <div class="pdp-header__meta-item">Merk: <a data-role="BRAND" href="/b/philips/">Philips</a></div>
        <div class="pdp-header__rating"><div data-test="rating-stars" aria-label="Gemiddeld 4.6 van de 5 sterren uit 1.284 reviews"></div><span data-test="rating-suffix">(1.284)</span></div></div>
        <div class="buy-block"><del class="buy-block__list-price">229,99</del>${promo('149', '99')}<div class="buy-block__highlight">Op voorraad</div><button>In winkelwagen</button></div>
        <section class="specs"><dl class="specs__list"><dt>EAN</dt><dd>8710103941675</dd></dl></section>`),
      {
        title: 'Philips Airfryer XL',
        brand: 'Philips',
        price: EUR(149.99),
        availability: 'InStock',
        rating: 4.6,
        reviewCount: 1284,
        ids: { sku: '9300000123456789', itemId: '9300000123456789', gtin: '8710103941675' },
      },
    ],
    [
      'a carousel above and another seller below do not lend their prices',
      page(`<ul class="product-list"><li class="product-item--row">${promo('9', '49')}</li></ul>
        <h1 class="page-heading"><span data-test="title">Airfryer</span></h1>
        <div class="buy-block">${promo('99', '-')}<div class="buy-block__highlight">Vandaag besteld, morgen in huis</div></div>
        <section class="other-offers">${promo('79', '-')}</section>`),
      { price: EUR(99), availability: 'InStock' },
    ],
    [
      'sold out, and the brand from the spec list',
      page(`<h1 class="page-heading"><span data-test="title">Airfryer</span></h1>
        <div class="buy-block"><div class="buy-block__highlight">Tijdelijk uitverkocht</div></div>
        <section class="specs"><dl><dt>Merk</dt><dd>Tefal</dd></dl></section>`),
      { availability: 'OutOfStock', brand: 'Tefal', price: null },
    ],
    [
      'the gallery: one picture per media id, at any size',
      page(`<h1 class="page-heading"><span data-test="title">Airfryer</span></h1><img class="js_selected_image" src="https://media.s-bol.com/AAA/x/550x550.jpg">
        <div class="filmstrip-viewport"><img src="https://media.s-bol.com/AAA/x/124x124.jpg"><img src="https://media.s-bol.com/BBB/y/124x124.jpg"><img src="/static/placeholder.gif"></div>`),
      { images: 2 },
    ],
  ])('%s', (_name, html, want) => {
    const listing = extract(html);
    expect(listing.store).toBe('bol');
    expect(fields(listing)).toMatchObject(want);
  });

  it('a page without the buy-block markup still yields the generic result, without throwing', () => {
    const html = `<html><head><script type="application/ld+json">{"@type":"Product","name":"Airfryer","brand":"Philips","gtin13":"8710103941675","offers":{"price":"149.99","priceCurrency":"EUR","availability":"https://schema.org/InStock"}}</script></head><body><h1>Airfryer</h1></body></html>`;
    const listing = extract(html);
    expect(fields(listing)).toMatchObject({
      title: 'Airfryer',
      brand: 'Philips',
      price: EUR(149.99),
      availability: 'InStock',
      ids: { gtin: '8710103941675', sku: '9300000123456789' },
    });
    expect(listing.warnings).toEqual([]);
  });
});
