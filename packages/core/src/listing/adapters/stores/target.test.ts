// Tests for the Target adapter: host matching, the product in __TGT_DATA__ found by TCIN, variants, and the data-test DOM fallback.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../../../html/index.js';
import { extractListing } from '../../extract-listing.js';
import type { Listing } from '../../listing-types.js';
import { PageIndex } from '../../page-index.js';
import { parseRatingsLabel, readStringLiteral, targetAdapter, tcinFromUrl } from './target.js';

const URL_A = 'https://www.target.com/p/trek-tumbler/-/A-89474513';

/** A page whose state is written the way Target writes it: JSON inside a JavaScript string literal. */
function page(state: unknown, body = ''): string {
  const literal = JSON.stringify(JSON.stringify(state));
  return `<html><head><title>Tumbler : Target</title></head><body>${body}<script>Object.defineProperties(window, {'__TGT_DATA__': {configurable: false, enumerable: true, value: deepFreeze(JSON.parse(${literal}))}});</script></body></html>`;
}

function pdp(product: Record<string, unknown>, extra: unknown[] = []): unknown {
  return {
    __PRELOADED_QUERIES__: {
      queries: [[['@web/domain-product/get-pdp-v1', { tcin: product.tcin }], { data: { product } }], ...extra],
    },
  };
}

const tumbler = {
  tcin: '89474513',
  item: {
    primary_barcode: '810094130018',
    dpci: '070-01-3412',
    primary_brand: { name: 'Simple Modern' },
    product_description: { title: 'Trek Tumbler &#38; Lid', soft_bullets: { bullets: ['Keeps cold 24 hours'] } },
    enrichment: { images: { primary_image_url: 'https://target.scene7.com/is/image/Target/GUEST_a' } },
  },
  price: { current_retail: 27.99, reg_retail: 34.99, formatted_current_price: '$27.99' },
  ratings_and_reviews: { statistics: { rating: { average: 4.66, count: 1531 }, review_count: 988 } },
};

const recommendation = [
  ['@web/slingshot-components/get-recommendations-v1', {}],
  {
    data: {
      recommended_products: {
        products: [
          { tcin: '54321987', item: { product_description: { title: 'Other' } }, price: { current_retail: 12 } },
        ],
      },
    },
  },
];

function extract(html: string, url = URL_A): Listing {
  return extractListing(parseHtmlDocument(html), url);
}

type Fields = Pick<Listing, 'title' | 'brand' | 'price' | 'availability' | 'rating' | 'reviewCount' | 'ids'>;

function fields(listing: Listing): Fields {
  const { title, brand, price, availability, rating, reviewCount, ids } = listing;
  return { title, brand, price, availability, rating, reviewCount, ids };
}

describe('targetAdapter.matches', () => {
  const index = new PageIndex(parseHtmlDocument('<html><body></body></html>'));
  it.each([
    ['www.target.com', true],
    ['target.com', true],
    ['intl.target.com', true],
    ['target.com.au', false],
    ['mytarget.com', false],
    ['www.walmart.com', false],
  ])('%s → %s', (host, want) => {
    expect(targetAdapter.matches(host, index)).toBe(want);
  });
});

describe('Target page state', () => {
  it.each<[string, string, string, Partial<Fields>]>([
    [
      'the PDP product, entities decoded, the rating as shown (one decimal) and the ratings count',
      page(pdp(tumbler, [recommendation])),
      URL_A,
      {
        title: 'Trek Tumbler & Lid',
        brand: 'Simple Modern',
        price: { amount: 27.99, currency: 'USD' },
        rating: 4.7,
        reviewCount: 1531,
        ids: { sku: '89474513', itemId: '89474513', gtin: '810094130018' },
      },
    ],
    [
      "a recommendation listed first is not the page's product",
      page({
        __PRELOADED_QUERIES__: {
          queries: [recommendation, [['@web/domain-product/get-pdp-v1', {}], { data: { product: tumbler } }]],
        },
      }),
      URL_A,
      { title: 'Trek Tumbler & Lid', price: { amount: 27.99, currency: 'USD' } },
    ],
    [
      'a preselected variant: its price, TCIN and UPC; the parent title, brand and rating',
      page(
        pdp({
          ...tumbler,
          price: { current_retail_min: 24.99, current_retail_max: 29.99, formatted_current_price: '$24.99 - $29.99' },
          children: [
            { tcin: '11111111', item: { primary_barcode: '810094130025' }, price: { current_retail: 29.99 } },
            { tcin: '22222222', item: { primary_barcode: '810094130032' }, price: { current_retail: 24.99 } },
          ],
        }),
      ),
      `${URL_A}?preselect=11111111#lnk=sametab`,
      {
        title: 'Trek Tumbler & Lid',
        price: { amount: 29.99, currency: 'USD' },
        ids: { sku: '11111111', itemId: '11111111', gtin: '810094130025' },
      },
    ],
    [
      "a range price without a variant chosen: the range's lower bound",
      page(pdp({ ...tumbler, price: { formatted_current_price: '$24.99 - $29.99' } })),
      URL_A,
      { price: { amount: 24.99, currency: 'USD' } },
    ],
    [
      'fulfillment from its own query, for the same TCIN',
      page(
        pdp(tumbler, [
          [
            ['@web/domain-product/get-fulfillment-v1', {}],
            {
              data: {
                product: {
                  tcin: '89474513',
                  fulfillment: { shipping_options: { availability_status: 'OUT_OF_STOCK' } },
                },
              },
            },
          ],
        ]),
      ),
      URL_A,
      { availability: 'OutOfStock' },
    ],
    [
      'no ratings yet: a count of 0 and no rating',
      page(
        pdp({ ...tumbler, ratings_and_reviews: { statistics: { rating: { average: 0, count: 0 }, review_count: 0 } } }),
      ),
      URL_A,
      { rating: null, reviewCount: 0 },
    ],
  ])('%s', (_name, html, url, want) => {
    expect(fields(extract(html, url))).toMatchObject(want);
  });

  it('a DPCI is never taken as a GTIN', () => {
    const item = { ...tumbler.item, primary_barcode: '070-01-3412' };
    expect(extract(page(pdp({ ...tumbler, item }))).ids.gtin).toBeUndefined();
  });
});

const DOM = `
  <h1 data-test="product-title">Trek Tumbler 40oz</h1>
  <div data-test="ratings"><span class="h-sr-only">4.5 out of 5 stars with 210 ratings</span></div>
  <div data-test="@web/Price/PriceFull"><span data-test="product-price">$19.99</span><div>reg $24.99</div></div>
  <section aria-label="Similar items"><span data-test="current-price">$9.99</span></section>`;

describe('Target markup fallback', () => {
  it.each<[string, string, Partial<Fields>, string[]]>([
    [
      'no state at all',
      `<html><body>${DOM}</body></html>`,
      {
        title: 'Trek Tumbler 40oz',
        price: { amount: 19.99, currency: 'USD' },
        rating: 4.5,
        reviewCount: 210,
        ids: { sku: '89474513', itemId: '89474513' },
      },
      [],
    ],
    [
      'a broken state string',
      `<html><body>${DOM}<script>Object.defineProperties(window, {'__TGT_DATA__': {value: deepFreeze(JSON.parse("{\\"__PRELOADED_QUERIES__\\": {"))}});</script></body></html>`,
      { title: 'Trek Tumbler 40oz', price: { amount: 19.99, currency: 'USD' } },
      ['Target page state is not valid JSON; read the product-detail markup instead.'],
    ],
    [
      "a state without this TCIN's product",
      page(pdp({ ...tumbler, tcin: '99999999' }), DOM),
      { title: 'Trek Tumbler 40oz', brand: null, price: { amount: 19.99, currency: 'USD' } },
      ["Target page state has no product for this page's TCIN; read the markup."],
    ],
  ])('%s', (_name, html, want, warnings) => {
    const listing = extract(html);
    expect(listing.store).toBe('target');
    expect(fields(listing)).toMatchObject(want);
    expect(listing.warnings).toEqual(warnings);
  });
});

describe('Target parsers', () => {
  it.each([
    ['https://www.target.com/p/x/-/A-89474513', { tcin: '89474513' }],
    [
      'https://www.target.com/p/x/-/A-89474513?preselect=11111111#lnk=sametab',
      { tcin: '89474513', preselect: '11111111' },
    ],
    ['https://www.target.com/p/-/A-12345678/', { tcin: '12345678' }],
    ['https://www.target.com/c/tumblers/-/N-4y61h', {}],
    ['https://www.target.com/p/x/-/A-89474513?preselect=abc', { tcin: '89474513' }],
    ['not a url', {}],
  ])('tcinFromUrl(%j)', (url, want) => {
    expect(tcinFromUrl(url)).toEqual(want);
  });

  it.each([
    ['4.6 out of 5 stars with 2035 ratings', { rating: 4.6, count: 2035 }],
    ['4.6 out of 5 stars with 2,035 reviews', { rating: 4.6, count: 2035 }],
    ['5 out of 5 stars', { rating: 5 }],
    ['Be the first!', {}],
  ])('parseRatingsLabel(%j)', (text, want) => {
    expect(parseRatingsLabel(text)).toEqual(want);
  });

  it.each([
    ['"a\\"b"', 'a"b'],
    ["'it\\'s'", "it's"],
    ['"\\x41\\u00e9\\u{1F600}\\n"', 'Aé😀\n'],
    ['"unterminated', undefined],
    ['"bad \\u{110000}"', undefined],
    ['no quote', undefined],
  ])('readStringLiteral(%j)', (text, want) => {
    expect(readStringLiteral(text, 0)).toBe(want);
  });

  it('readStringLiteral reads back any string written as a JSON string literal', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (value) => {
        expect(readStringLiteral(JSON.stringify(value), 0)).toBe(value);
      }),
      { numRuns: 500, seed: 14 },
    );
  });
});
