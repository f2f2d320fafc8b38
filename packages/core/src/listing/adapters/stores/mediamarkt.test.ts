// Tests for the MediaMarkt/Saturn adapter: hosts, the product id, the JavaScript state (bare undefined), and the URL product's Apollo entities rather than a recommendation's.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../../../html/index.js';
import { extractListing } from '../../extract-listing.js';
import type { Listing } from '../../listing-types.js';
import { PageIndex } from '../../page-index.js';
import {
  mediaMarktAdapter,
  mediaMarktProductId,
  productEntities,
  saturnAdapter,
  undefinedToNull,
} from './mediamarkt.js';

const URL = 'https://www.mediamarkt.de/de/product/_apple-iphone-15-128-gb-schwarz-dual-sim-2901367.html';

const core = (id: string, name: string, rating: number, count: number) => ({
  [`CofrCoreFeature:Media:de:${id}`]: {
    __typename: 'CofrCoreFeature',
    id: `Media:de:${id}`,
    productName: name,
    manufacturerName: 'APPLE',
    ean: '0194988123452',
    reviewStatistics: { averageOverallRating: rating, totalReviewCount: count },
  },
});

const price = (id: string, amount: number, strike?: number) => ({
  [`CofrPriceFeature:Media:de:${id}`]: {
    __typename: 'CofrPriceFeature',
    price: { amount, currency: 'EUR' },
    strikePrice: strike ? { amount: strike, type: 'RRP', shouldBeStruck: true } : null,
  },
});

/** The state as the page writes it: a JavaScript assignment whose object holds bare `undefined` values. */
function page(apollo: Record<string, unknown>, body = ''): string {
  const state = JSON.stringify({ apolloState: apollo, featureToggles: { legacy: '__UNDEF__' } }).replace(
    /"__UNDEF__"/g,
    'undefined',
  );
  return `<html lang="de-DE"><head><title>MediaMarkt</title></head><body><h1>APPLE iPhone 15</h1>${body}<script>window.__PRELOADED_STATE__ = ${state};</script></body></html>`;
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

describe('mediaMarktAdapter and saturnAdapter match their shops', () => {
  const index = new PageIndex(parseHtmlDocument('<html><body></body></html>'));
  it.each([
    ['www.mediamarkt.de', true, false],
    ['www.mediamarkt.nl', true, false],
    ['www.mediamarkt.com.tr', true, false],
    ['www.saturn.de', false, true],
    ['www.saturn.at', false, true],
    ['www.saturn.com', false, false],
    ['mediamarkt.example.de', false, false],
  ])('%s → mediamarkt %s, saturn %s', (host, mediamarkt, saturn) => {
    expect(mediaMarktAdapter.matches(host, index)).toBe(mediamarkt);
    expect(saturnAdapter.matches(host, index)).toBe(saturn);
  });
});

describe('mediaMarktProductId', () => {
  it.each([
    [URL, '2901367'],
    ['https://www.saturn.de/de/product/_samsung-galaxy-s24-2917011.html?utm=x', '2917011'],
    ['https://www.mediamarkt.de/de/category/smartphones-6.html', undefined],
  ])('%s → %s', (url, id) => {
    expect(mediaMarktProductId(url)).toBe(id);
  });
});

describe('undefinedToNull', () => {
  it.each([
    ['{"a":undefined,"b":[undefined]}', '{"a":null,"b":[null]}'],
    ['{"a":"undefined","b":"x\\"undefined"}', '{"a":"undefined","b":"x\\"undefined"}'],
    ['{"undefinedKey":1,"c":undefinedX}', '{"undefinedKey":1,"c":undefinedX}'],
  ])('%s', (text, want) => {
    expect(undefinedToNull(text)).toBe(want);
  });

  it('makes any JSON value with undefined members parse as the same value with null', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = JSON.stringify({ value, gap: '__UNDEF__' }).replace('"__UNDEF__"', 'undefined');
        expect(JSON.parse(undefinedToNull(text))).toEqual(JSON.parse(JSON.stringify({ value, gap: null })));
      }),
      { numRuns: 300, seed: 14 },
    );
  });
});

describe('productEntities', () => {
  it('keeps the first entity of each typename whose key names the id', () => {
    const cache = {
      ...core('2901400', 'Case', 4.1, 37),
      ...core('2901367', 'iPhone', 4.7, 412),
      ...price('2901367', 799),
    };
    const found = productEntities(cache, '2901367');
    expect([...found.keys()]).toEqual(['CofrCoreFeature', 'CofrPriceFeature']);
    expect(found.get('CofrCoreFeature')?.productName).toBe('iPhone');
  });
});

describe('MediaMarkt product pages', () => {
  it.each<[string, string, Partial<Fields>]>([
    [
      "the URL product's entities, not a recommended accessory listed first; the price, never the struck UVP",
      page({
        ...core('2901400', 'APPLE iPhone 15 Silikon Case', 4.1, 37),
        ...price('2901400', 19.99),
        ...core('2901367', 'APPLE iPhone 15 128 GB Schwarz', 4.7, 412),
        ...price('2901367', 799, 949),
        'CofrOnlineStatusFeature:Media:de:2901367': { onlineStatus: 'ONLINE_AVAILABLE', isAvailableAndBuyable: true },
        'CofrMediaAssetsFeature:Media:de:2901367': {
          productImages: [
            { link: 'https://assets.mmsrg.com/isr/1/c1/-/A1', type: 'IMAGE' },
            { link: 'https://assets.mmsrg.com/isr/1/c1/-/V1', type: 'VIDEO' },
          ],
        },
      }),
      {
        title: 'APPLE iPhone 15 128 GB Schwarz',
        brand: 'APPLE',
        price: { amount: 799, currency: 'EUR' },
        availability: 'InStock',
        rating: 4.7,
        reviewCount: 412,
        ids: { sku: '2901367', gtin: '0194988123452' },
        images: 1,
      },
    ],
    [
      'permanently unavailable is out of stock',
      page({
        ...core('2901367', 'APPLE iPhone 15', 0, 0),
        'CofrOnlineStatusFeature:Media:de:2901367': {
          onlineStatus: 'PERMANENTLY_NOT_AVAILABLE',
          isAvailableAndBuyable: false,
        },
      }),
      { availability: 'OutOfStock', rating: null, reviewCount: 0 },
    ],
  ])('%s', (_name, html, want) => {
    const listing = extract(html);
    expect(listing.store).toBe('mediamarkt');
    expect(fields(listing)).toMatchObject(want);
  });

  it('a state with only other products leaves the page to the generic path, with a warning', () => {
    const listing = extract(page({ ...core('2901400', 'Case', 4.1, 37), ...price('2901400', 19.99) }));
    expect(fields(listing)).toMatchObject({ title: 'APPLE iPhone 15', price: null, rating: null });
    expect(listing.warnings).toEqual(['MediaMarkt page state has no product 2901367; read the page markup instead.']);
  });

  it('a broken state still yields the generic result, without throwing', () => {
    const html = `<html><head><script type="application/ld+json">{"@type":"Product","name":"APPLE iPhone 15","brand":"APPLE","offers":{"price":"799.00","priceCurrency":"EUR"}}</script></head><body><h1>APPLE iPhone 15</h1><script>window.__PRELOADED_STATE__ = {"apolloState":{"CofrCoreFeature:Media:de:2901367":{</script></body></html>`;
    const listing = extract(html, URL.replace('www.mediamarkt.de', 'www.saturn.de'));
    expect(listing.store).toBe('saturn');
    expect(fields(listing)).toMatchObject({
      title: 'APPLE iPhone 15',
      brand: 'APPLE',
      price: { amount: 799, currency: 'EUR' },
    });
    expect(listing.warnings).toEqual(['MediaMarkt page state is not valid JSON; read the page markup instead.']);
  });
});
