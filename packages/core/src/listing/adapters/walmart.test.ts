// Tests for the Walmart adapter: the product at its path (never a related item), cents kept, the same item's reviews, bullets, distinct images without videos, and the DOM price fallback.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../../html/index.js';
import { extractListing } from '../extract-listing.js';
import type { Listing } from '../listing-types.js';
import {
  findPageProduct,
  itemIdFromUrl,
  walmartBullets,
  walmartImages,
  walmartPrice,
  walmartPriceText,
} from './walmart.js';

const URL = 'https://www.walmart.com/ip/Ninja-Professional-Plus-Blender/487561523';

const related = {
  usItemId: '223111444',
  name: 'Ninja Fit Compact Personal Blender',
  priceInfo: { currentPrice: { price: 39.98, priceString: '$39.98' } },
  imageInfo: { thumbnailUrl: 'https://i5.walmartimages.com/asr/fit.jpeg' },
  averageRating: 3.1,
  numberOfReviews: 12,
};

const blender = {
  usItemId: '487561523',
  name: 'Ninja Professional Plus Blender',
  brand: 'Ninja',
  priceInfo: { currentPrice: { price: 45.72, priceString: '$45.72', currencyUnit: 'USD' } },
  imageInfo: { allImages: [{ url: 'https://i5.walmartimages.com/seo/a.jpeg' }] },
  averageRating: 4.6,
  numberOfReviews: 2310,
  availabilityStatus: 'IN_STOCK',
};

function nextData(data: Record<string, unknown>): string {
  return `<script id="__NEXT_DATA__" type="application/json">${JSON.stringify({ props: { pageProps: { initialData: { data } } } })}</script>`;
}

function page(body: string): string {
  return `<html lang="en-US"><head><title>Walmart.com</title></head><body>${body}</body></html>`;
}

function extract(html: string, url = URL): Listing {
  return extractListing(parseHtmlDocument(html), url);
}

type Fields = Pick<Listing, 'title' | 'price' | 'availability' | 'rating' | 'reviewCount'> & { itemId?: string };

function fields(listing: Listing): Fields {
  const { title, price, availability, rating, reviewCount } = listing;
  return { title, price, availability, rating, reviewCount, itemId: listing.ids.itemId };
}

const USD = (amount: number) => ({ amount, currency: 'USD' });

function element(html: string): Element {
  const el = parseHtmlDocument(`<html><body>${html}</body></html>`).body.firstElementChild;
  if (!el) throw new Error('no element');
  return el;
}

describe('itemIdFromUrl', () => {
  it.each([
    [URL, '487561523'],
    ['https://www.walmart.com/ip/538295117?athcpid=x', '538295117'],
    ['https://www.walmart.ca/en/ip/apple-airpods-pro/6000204986413', '6000204986413'],
    ['https://www.walmart.ca/en/ip/ninja-blender/5VK4Z0B2ZH9Q', '5VK4Z0B2ZH9Q'],
    ['https://www.walmart.com/browse/home/4044', undefined],
  ])('%s → %s', (url, id) => {
    expect(itemIdFromUrl(url)).toBe(id);
  });
});

describe('walmartPrice', () => {
  const parse = (text: string, currency: string) => {
    const amount = Number(text.replace(/[^\d.]/g, ''));
    return Number.isFinite(amount) && amount > 0 ? { amount, currency } : undefined;
  };
  it.each<[string, Record<string, unknown>, { amount: number; currency: string } | undefined]>([
    ['the number with its cents', { currentPrice: { price: 45.72, priceString: '$45.72' } }, USD(45.72)],
    ['a string number', { currentPrice: { price: '49.20' } }, USD(49.2)],
    ['a whole number beside a text with cents', { currentPrice: { price: 45, priceString: '$45.72' } }, USD(45.72)],
    ['only the text', { currentPrice: { priceString: '$1,299.00' } }, USD(1299)],
    ['the currency unit', { currentPrice: { price: 19.97, currencyUnit: 'CAD' } }, { amount: 19.97, currency: 'CAD' }],
    ['the low end of a range', { priceRange: { minPrice: 12.5, maxPrice: 20 } }, USD(12.5)],
    ['nothing', {}, undefined],
  ])('%s', (_name, priceInfo, want) => {
    expect(walmartPrice(priceInfo, parse, 'USD')).toEqual(want);
  });

  it('never drops the cents of a price number', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999 }), (cents) => {
        const amount = cents / 100;
        expect(
          walmartPrice({ currentPrice: { price: amount, priceString: `$${amount.toFixed(2)}` } }, parse, 'USD'),
        ).toEqual(USD(amount));
      }),
      { numRuns: 300, seed: 14 },
    );
  });
});

describe('findPageProduct', () => {
  const root = { carousel: [related], page: { item: { product: blender } } };
  it.each<[string, string | undefined, string | undefined]>([
    ['the object whose usItemId is the URL item, not the related item found first', '487561523', '487561523'],
    ['none when no object is the URL item', '999999999', undefined],
    ['the first when the URL names no item', undefined, '223111444'],
  ])('%s', (_name, itemId, want) => {
    expect(findPageProduct(root, itemId)?.usItemId).toBe(want);
  });
});

describe('walmartImages', () => {
  it('keeps each image once (size parameters aside) and leaves videos out', () => {
    const images = walmartImages({
      allImages: [
        { url: 'https://i5.walmartimages.com/seo/a.jpeg' },
        { url: 'https://i5.walmartimages.com/seo/a.jpeg?odnHeight=450' },
        { url: 'https://i5.walmartimages.com/asr/b.jpeg' },
        { url: 'https://i5.walmartimages.com/dfw/demo.mp4' },
        { url: 'https://i5.walmartimages.com/asr/c.jpeg', type: 'VIDEO' },
        { id: 'no-url' },
      ],
    });
    expect(images.map((i) => i.url)).toEqual([
      'https://i5.walmartimages.com/seo/a.jpeg',
      'https://i5.walmartimages.com/asr/b.jpeg',
    ]);
  });
});

describe('walmartBullets', () => {
  it.each<[string, Record<string, unknown>, Record<string, unknown> | undefined, string[]]>([
    ['key features first', { keyFeatures: ['A', 'B'] }, { longDescription: '<ul><li>X</li></ul>' }, ['A', 'B']],
    [
      'the long description list',
      {},
      { longDescription: '<p>Intro</p><ul><li>X</li><li>Y &amp; Z</li></ul>' },
      ['X', 'Y & Z'],
    ],
    [
      'product highlights as name and value',
      {},
      {
        productHighlights: [
          { name: 'Capacity', value: '72 oz' },
          { name: 'Wattage', value: '1400 W' },
        ],
      },
      ['Capacity: 72 oz', 'Wattage: 1400 W'],
    ],
    ['the short description list', { shortDescription: '<ul><li>S1</li></ul>' }, undefined, ['S1']],
    ['none', { shortDescription: '<p>Plain text</p>' }, undefined, []],
  ])('%s', (_name, product, idml, want) => {
    expect(walmartBullets(product, idml)).toEqual(want);
  });
});

describe('walmartPriceText', () => {
  it.each([
    ['<span itemprop="price" content="37.30">$37.30</span>', '37.30'],
    ['<span itemprop="price">Now $45.72</span>', 'Now $45.72'],
    ['<div>$<span>45</span><span>72</span></div>', '$45.72'],
    ['<div><span>current price $12.97</span><span class="strike">$19.99</span></div>', 'current price $12.97'],
  ])('%s → %s', (html, want) => {
    expect(walmartPriceText(element(html))).toBe(want);
  });
});

describe('Walmart pages', () => {
  it.each<[string, string, Partial<Fields>]>([
    [
      'the product at its path with its own reviews block; a related item listed first lends nothing',
      page(
        nextData({
          contentLayout: { modules: [{ configs: { products: [related] } }] },
          product: blender,
          reviews: { averageOverallRating: 4.6, totalReviewCount: 2312 },
        }),
      ),
      {
        title: 'Ninja Professional Plus Blender',
        price: USD(45.72),
        rating: 4.6,
        reviewCount: 2312,
        availability: 'InStock',
      },
    ],
    [
      'no product at the path: the object of the URL item, not the related one',
      page(nextData({ contentLayout: { products: [related] }, item: { product: blender } })),
      {
        title: 'Ninja Professional Plus Blender',
        price: USD(45.72),
        rating: 4.6,
        reviewCount: 2310,
        itemId: '487561523',
      },
    ],
    [
      'walmart.ca prices are in Canadian dollars',
      page(
        nextData({ product: { ...blender, usItemId: '6000204986413', priceInfo: { currentPrice: { price: 59.97 } } } }),
      ),
      { price: { amount: 59.97, currency: 'CAD' } },
    ],
    [
      'the DOM price wrapper when the page data has no price: dollars and cents in separate spans',
      page(
        '<h1 id="main-title">Blender</h1><div data-testid="price-wrap"><div aria-hidden="false">$<span>49</span><span>20</span></div><span class="strike">$59.99</span></div>',
      ),
      { title: 'Blender', price: USD(49.2) },
    ],
  ])('%s', (name, html, want) => {
    const url = name.startsWith('walmart.ca') ? 'https://www.walmart.ca/en/ip/ninja-blender/6000204986413' : URL;
    expect(fields(extract(html, url))).toMatchObject(want);
  });

  it('only a related item in the data: nothing is taken from it, with a warning', () => {
    const listing = extract(
      page(`<h1 id="main-title">Blender</h1>${nextData({ contentLayout: { products: [related] } })}`),
    );
    expect(fields(listing)).toMatchObject({ title: 'Blender', price: null, rating: null, reviewCount: null });
    expect(listing.warnings).toEqual([
      'Walmart __NEXT_DATA__ has no product object for item 487561523; fell back to the DOM.',
    ]);
  });
});
