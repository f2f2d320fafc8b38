// Tests for the Cdiscount adapter: the host, the product id, "39€99" prices, the main price (not struck, another seller's or a recommendation's), stars and the features table.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../../../html/index.js';
import { extractListing } from '../../extract-listing.js';
import type { Listing } from '../../listing-types.js';
import { PageIndex } from '../../page-index.js';
import { cdiscountAdapter, cdiscountAmount, cdiscountProductId } from './cdiscount.js';

const URL = 'https://www.cdiscount.com/electromenager/aspirateur-balai/jet-75e/f-1101418-sam8806092531123.html';

function page(body: string): string {
  return `<html lang="fr-FR"><head><title>Cdiscount</title></head><body>${body}</body></html>`;
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

describe('cdiscountAdapter.matches', () => {
  const index = new PageIndex(parseHtmlDocument('<html><body></body></html>'));
  it.each([
    ['www.cdiscount.com', true],
    ['cdiscount.com', true],
    ['m.cdiscount.com', true],
    ['www.cdiscountpro.com', false],
    ['cdiscount.com.example.org', false],
  ])('%s → %s', (host, want) => {
    expect(cdiscountAdapter.matches(host, index)).toBe(want);
  });
});

describe('cdiscountProductId', () => {
  it.each([
    [URL, 'sam8806092531123'],
    ['https://www.cdiscount.com/informatique/f-1070992-auc2009903040735.html?idOffre=1', 'auc2009903040735'],
    ['https://www.cdiscount.com/fp/tv/mp12345678.html', 'mp12345678'],
    ['https://www.cdiscount.com/electromenager/v-110-0.html', undefined],
  ])('%s → %s', (url, id) => {
    expect(cdiscountProductId(url)).toBe(id);
  });
});

describe('cdiscountAmount', () => {
  it.each([
    ['39€99', 39.99],
    ['1 299€00', 1299],
    ['249€ 99', 249.99],
    ['39,99 €', 39.99],
    ['Prix : 12€50 TTC', 12.5],
    ['gratuit', null],
  ])('%s → %s', (text, amount) => {
    expect(cdiscountAmount(text)).toBe(amount);
  });

  it('reads euros, the sign and cents as one amount', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999 }), fc.integer({ min: 0, max: 99 }), (euros, cents) => {
        expect(cdiscountAmount(`${euros}€${String(cents).padStart(2, '0')}`)).toBeCloseTo(euros + cents / 100, 6);
      }),
      { numRuns: 300, seed: 14 },
    );
  });
});

describe('Cdiscount product sheets', () => {
  it.each<[string, string, Partial<Fields>]>([
    [
      'the current layout: heading, brand, split price, stock, stars, features table, viewer thumbnails',
      page(`<div class="c-fp-heading"><a class="c-fp-heading__brand">Samsung</a><h1 class="c-fp-heading__title">Aspirateur Jet 75E</h1></div>
        <a class="c-stars-rating"><span class="c-stars-rating__text">4,3/5</span><span class="c-stars-rating__label">(187 avis)</span></a>
        <span class="c-price c-price--strike">349,00 €</span>
        <div class="c-price c-price--xl c-price--promo"><span id="DisplayPrice">249€</span><span id="DisplayPriceCent">99</span></div>
        <div class="c-fp-stock">En stock</div>
        <div class="c-productViewer__thumb"><img src="https://www.cdiscount.com/pdt2/1/115x115/sam/rw/a.jpg"></div>
        <div class="c-productViewer__thumb"><img src="https://www.cdiscount.com/pdt2/2/115x115/sam/rw/a.jpg"></div>
        <table class="table--fpDescTb"><tr><th>Marque</th><td>SAMSUNG</td></tr><tr><th>EAN</th><td>8806092531123</td></tr></table>`),
      {
        title: 'Aspirateur Jet 75E',
        brand: 'Samsung',
        price: EUR(249.99),
        availability: 'InStock',
        rating: 4.3,
        reviewCount: 187,
        ids: { sku: 'sam8806092531123', gtin: '8806092531123' },
        images: 2,
      },
    ],
    [
      'the older fp layout: the price content, not the struck price or another seller’s offer',
      page(`<div class="fpDesCol"><h1 itemprop="name">Téléviseur 55"</h1></div>
        <div class="fpStriked">Prix de référence 599€99</div>
        <section id="fpOffers" class="fpOffers"><span class="fpPrice price" content="379.00">379€00</span></section>
        <span class="fpPrice price jsMainPrice" itemprop="price" content="399.99">399€99</span>
        <div class="fpStock">Épuisé</div>`),
      { title: 'Téléviseur 55"', price: EUR(399.99), availability: 'OutOfStock' },
    ],
    [
      "a recommendation's stars and price far from the heading are not the product's",
      page(`<h1 class="c-fp-heading__title">Cafetière</h1><div class="c-price c-price--xl c-price--promo">59€90</div>
        <section class="c-reco"><div class="prdtBloc"><div class="c-price c-price--xl c-price--promo">19€90</div><span class="c-stars-rating__text">4,9/5</span><span class="c-stars-rating__label">(2 000 avis)</span></div></section>`),
      { price: EUR(59.9), rating: null, reviewCount: null },
    ],
  ])('%s', (_name, html, want) => {
    const listing = extract(html);
    expect(listing.store).toBe('cdiscount');
    expect(fields(listing)).toMatchObject(want);
  });

  it('a sheet without its markup still yields the generic result, without throwing', () => {
    const html = `<html><head><script type="application/ld+json">{"@type":"Product","name":"Cafetière","brand":"Moulinex","offers":{"price":"59.90","priceCurrency":"EUR","availability":"https://schema.org/InStock"}}</script></head><body><h1>Cafetière</h1></body></html>`;
    const listing = extract(html);
    expect(fields(listing)).toMatchObject({
      title: 'Cafetière',
      brand: 'Moulinex',
      price: EUR(59.9),
      availability: 'InStock',
    });
    expect(listing.warnings).toEqual([]);
  });
});
