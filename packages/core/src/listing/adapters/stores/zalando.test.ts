// Tests for the Zalando adapter: shop hosts, the config SKU, the name heading without brand and colour, the SKU's own cache entries (never a recommendation's) and the size offers.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../../../html/index.js';
import { extractListing } from '../../extract-listing.js';
import type { Listing } from '../../listing-types.js';
import { PageIndex } from '../../page-index.js';
import { configSkuFromUrl, sizeOffers, withoutBrand, withoutColour, zalandoAdapter } from './zalando.js';

const URL = 'https://www.zalando.de/armedangels-jaames-t-shirt-print-acid-black-ar322o0bc-c11.html';
const SKU = 'AR322O0BC-C11';

const jsonLd = (node: Record<string, unknown>) =>
  `<script type="application/ld+json">${JSON.stringify({ '@context': 'http://schema.org', '@type': 'Product', ...node })}</script>`;

const offer = (price: string, availability: string) => ({
  '@type': 'Offer',
  price,
  priceCurrency: 'EUR',
  availability: `http://schema.org/${availability}`,
});

const hydrate = (entries: Record<string, unknown>[]) =>
  `<script type="application/json" class="re-data-el-hydrate">${JSON.stringify({
    graphqlCache: Object.fromEntries(entries.map((product, i) => [`{"id":"q${i}"}`, { data: { product } }])),
  })}</script>`;

const heading = (brand: string, name: string) =>
  `<div><a href="/brand/"><h3>${brand}</h3></a></div><h1><span>${name}</span></h1>`;

function page(head: string, body: string): string {
  return `<html lang="de-DE"><head><title>Zalando</title>${head}</head><body>${body}<h1 class="banner__title">Newsletter abonnieren</h1></body></html>`;
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

describe('zalandoAdapter.matches', () => {
  const index = new PageIndex(parseHtmlDocument('<html><body></body></html>'));
  it.each([
    ['www.zalando.de', true],
    ['en.zalando.de', true],
    ['www.zalando.co.uk', true],
    ['www.zalando.fr', true],
    ['www.zalando.pl', true],
    ['www.zalando-lounge.de', false],
    ['www.zalando-prive.fr', false],
    ['zalando.example.com', false],
  ])('%s → %s', (host, want) => {
    expect(zalandoAdapter.matches(host, index)).toBe(want);
  });
});

describe('configSkuFromUrl', () => {
  it.each([
    [URL, SKU],
    ['https://en.zalando.de/burberry-sunglasses-grey-bu752k007-c11.html?size=M', 'BU752K007-C11'],
    ['https://www.zalando.fr/hessnatur-pantalon-classique-marine-h0721a01m-k11.html', 'H0721A01M-K11'],
    ['https://www.zalando.de/herrenschuhe/', undefined],
    ['not a url', undefined],
  ])('%s → %s', (url, sku) => {
    expect(configSkuFromUrl(url)).toBe(sku);
  });

  it('reads any slug followed by a config SKU', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[a-z0-9-]{1,60}$/),
        fc.stringMatching(/^[a-z0-9]{9}$/),
        fc.stringMatching(/^[a-z0-9]{3}$/),
        (slug, model, colour) => {
          expect(configSkuFromUrl(`https://www.zalando.de/${slug}-${model}-${colour}.html`)).toBe(
            `${model}-${colour}`.toUpperCase(),
          );
        },
      ),
      { numRuns: 300, seed: 14 },
    );
  });
});

describe('withoutBrand and withoutColour', () => {
  it.each([
    ['Nike Sportswear AIR FORCE 1 - Sneaker low', 'Nike Sportswear', 'AIR FORCE 1 - Sneaker low'],
    ['ONLYONE - Top', 'ONLY', 'ONLYONE - Top'],
    ['Sunglasses', 'Burberry', 'Sunglasses'],
    ['Burberry', 'Burberry', 'Burberry'],
  ])('%s without brand %s → %s', (text, brand, want) => {
    expect(withoutBrand(text, brand)).toBe(want);
  });

  it.each([
    ['JAAMES TURNTABLES - T-Shirt print - acid black', ['acid black'], 'JAAMES TURNTABLES - T-Shirt print'],
    ['JJIMARCO - Chino', ['grey melange'], 'JJIMARCO - Chino'],
    ['Sunglasses - grey', ['Grey'], 'Sunglasses'],
  ])('%s without %j → %s', (text, colours, want) => {
    expect(withoutColour(text, colours)).toBe(want);
  });
});

describe('sizeOffers', () => {
  it.each<[string, unknown, ReturnType<typeof sizeOffers>]>([
    [
      'the lowest size price, and in stock when any size is',
      [offer('49.99', 'OutOfStock'), offer('37.45', 'OutOfStock'), offer('49.99', 'InStock')],
      { price: EUR(37.45), availability: 'InStock' },
    ],
    ['sold out when every size is', [offer('34.99', 'OutOfStock')], { price: EUR(34.99), availability: 'OutOfStock' }],
    ['one offer object', offer('19.95', 'InStock'), { price: EUR(19.95), availability: 'InStock' }],
    ['nothing readable', [{ price: 'n/a' }], {}],
  ])('%s', (_name, offers, want) => {
    expect(sizeOffers({ offers })).toEqual(want);
  });
});

describe('Zalando product pages', () => {
  it.each<[string, string, Partial<Fields>]>([
    [
      "the SKU's own cache entries, not a recommended product listed first",
      page(
        jsonLd({ name: 'JAAMES - T-Shirt print - acid black', sku: SKU, offers: [offer('34.99', 'OutOfStock')] }),
        `${heading('ARMEDANGELS', 'JAAMES - T-Shirt print')}${hydrate([
          {
            sku: 'TO121I0AB-K11',
            name: 'Other',
            brand: { name: 'Tommy' },
            displayPrice: { original: { amount: 2999, formatted: '29,99 €' } },
            inStock: true,
          },
          {
            sku: SKU,
            name: 'JAAMES - T-Shirt print - acid black',
            brand: { name: 'ARMEDANGELS' },
            color: { name: 'acid black' },
            displayPrice: {
              promotional: { amount: 2799, formatted: '27,99 €' },
              original: { amount: 3499, formatted: '34,99 €' },
            },
          },
          { configSku: SKU, inStock: false },
          {
            sku: SKU,
            galleryMedia: [
              { __typename: 'Image', uri: 'https://img01.ztat.net/a.jpg' },
              { __typename: 'Video', uri: 'https://x/v.mp4' },
              { __typename: 'Image', uri: 'https://img01.ztat.net/b.jpg' },
            ],
          },
        ])}`,
      ),
      {
        title: 'JAAMES - T-Shirt print',
        brand: 'ARMEDANGELS',
        price: EUR(27.99),
        availability: 'OutOfStock',
        ids: { sku: SKU },
        images: 2,
      },
    ],
    [
      'a heading that starts with the brand and ends with the colour is the bare name',
      page(
        jsonLd({ name: 'AIR FORCE 1 - Sneaker low - white', brand: 'Nike Sportswear', color: 'white/weiß' }),
        '<h1><span>Nike Sportswear</span> <span>AIR FORCE 1 - Sneaker low - white</span></h1>',
      ),
      { title: 'AIR FORCE 1 - Sneaker low', brand: 'Nike Sportswear' },
    ],
    [
      'without page data: the lowest size offer and any size in stock (JSON-LD)',
      page(
        jsonLd({
          name: 'JJIMARCO - Chino - grey melange',
          brand: 'Jack & Jones PREMIUM',
          sku: 'JAM22E004-C11',
          offers: [offer('49.99', 'InStock'), offer('37.45', 'OutOfStock'), offer('49.99', 'InStock')],
          aggregateRating: { ratingValue: '4.2', reviewCount: 10 },
        }),
        heading('Jack &amp; Jones PREMIUM', 'JJIMARCO - Chino'),
      ),
      { title: 'JJIMARCO - Chino', price: EUR(37.45), availability: 'InStock', rating: 4.2, reviewCount: 10 },
    ],
    [
      'the older articleInfo props: price value, availability, zoom images, ratings',
      page(
        '',
        `<h1 title="Sunglasses">Sunglasses</h1><script id="z-vegas-pdp-props" type="application/json"><![CDATA[${JSON.stringify(
          {
            model: {
              articleInfo: {
                id: 'BU752K007-C11',
                name: 'Sunglasses - grey',
                color: 'grey',
                brand: { name: 'Burberry' },
                available: true,
                displayPrice: { price: { currency: 'EUR', value: 214.95 } },
                media: {
                  images: [
                    { sources: { zoom: 'https://mosaic01.ztat.net/z/1.jpg' } },
                    { sources: { zoom: 'https://mosaic01.ztat.net/z/2.jpg' } },
                  ],
                },
                averageStarRating: 0,
                reviewsCount: 0,
              },
            },
          },
        )}]]></script>`,
      ),
      {
        title: 'Sunglasses',
        brand: 'Burberry',
        price: EUR(214.95),
        availability: 'InStock',
        images: 2,
        reviewCount: 0,
        rating: null,
      },
    ],
    [
      'no heading: the data name without brand and colour',
      page(
        '',
        hydrate([
          {
            sku: SKU,
            name: 'JAAMES - T-Shirt print - acid black',
            brand: { name: 'ARMEDANGELS' },
            color: { name: 'acid black' },
          },
        ]),
      ),
      { title: 'JAAMES - T-Shirt print', brand: 'ARMEDANGELS' },
    ],
  ])('%s', (_name, html, want) => {
    const listing = extract(
      html,
      want.title === 'Sunglasses' ? 'https://en.zalando.de/burberry-sunglasses-grey-bu752k007-c11.html' : URL,
    );
    expect(listing.store).toBe('zalando');
    expect(fields(listing)).toMatchObject(want);
  });

  it('a broken data script still yields the generic result, without throwing', () => {
    const html = page(
      jsonLd({
        name: 'JAAMES - T-Shirt print - acid black',
        brand: 'ARMEDANGELS',
        sku: SKU,
        offers: [offer('34.99', 'InStock')],
      }),
      `<h1>JAAMES - T-Shirt print</h1><script type="application/json" class="re-data-el-hydrate">{"graphqlCache":{"${SKU}":</script>`,
    );
    const listing = extract(html);
    expect(fields(listing)).toMatchObject({
      title: 'JAAMES - T-Shirt print',
      brand: 'ARMEDANGELS',
      price: EUR(34.99),
      availability: 'InStock',
      ids: { sku: SKU },
    });
    expect(listing.warnings).toEqual([]);
  });
});
