// Tests for the Etsy adapter: listing ids, sale prices, item-only reviews (the shop's rating never becomes the listing's), gallery and sold-out state.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../../../html/index.js';
import { extractListing } from '../../extract-listing.js';
import type { Listing } from '../../listing-types.js';
import { PageIndex } from '../../page-index.js';
import { etsyAdapter, listingIdFromUrl, parseBadgeCount } from './etsy.js';

const URL_US = 'https://www.etsy.com/listing/1234567890/leather-keychain';

/** JSON-LD as Etsy writes it: the shop's rating, `contentURL` images, a `gtin` placeholder. */
function jsonLd(rating?: { value: string; count: number }, currency = 'USD'): string {
  const node = {
    '@type': 'Product',
    '@context': 'https://schema.org',
    name: 'Leather Keychain',
    sku: '1234567890',
    gtin: 'n/a',
    brand: { '@type': 'Brand', name: 'OakAndHideCo' },
    image: [{ '@type': 'ImageObject', contentURL: 'https://i.etsystatic.com/1/r/il/a/1/il_fullxfull.1_a.jpg' }],
    offers: { '@type': 'AggregateOffer', lowPrice: '18.00', highPrice: '18.00', priceCurrency: currency },
    ...(rating
      ? { aggregateRating: { '@type': 'AggregateRating', ratingValue: rating.value, reviewCount: rating.count } }
      : {}),
  };
  return `<script type="application/ld+json">${JSON.stringify(node)}</script>`;
}

const TITLE = '<h1 data-buy-box-listing-title="true">Leather Keychain</h1>';
const TABS = `<div id="reviews"><div class="summary"><div><p>4.7</p><p>Item average</p></div><div><p>4.9</p><p>Shipping</p></div></div>
  <div class="wt-tab"><button id="same-listing-reviews-tab">This item <span class="wt-badge">27</span></button>
  <button id="shop-reviews-tab">All reviews from this shop <span class="wt-badge">3,412</span></button></div></div>`;
const SHOP_ONLY = `<div id="reviews"><h2>Reviews for this shop (3,412)</h2><input type="hidden" name="rating" value="4.9"></div>`;

function cart(price: string, extra = ''): string {
  return `<div id="listing-page-cart"><div data-buy-box-region="price">${price}</div>${TITLE}${extra}</div>`;
}

const SALE = `<p class="wt-text-title-larger"><span class="wt-screen-reader-only">Sale Price $18.00</span>$18.00</p>
  <p class="wt-text-strikethrough"><span class="wt-screen-reader-only">Original Price $24.00</span>$24.00</p><p>(25% off)</p>`;

function extract(body: string, head = '', url = URL_US): Listing {
  return extractListing(parseHtmlDocument(`<html><head>${head}</head><body>${body}</body></html>`), url);
}

describe('etsyAdapter.matches', () => {
  const index = new PageIndex(parseHtmlDocument('<html><body></body></html>'));
  it.each([
    ['www.etsy.com', true],
    ['etsy.com', true],
    ['www.etsy.de', false],
    ['etsystatic.com', false],
    ['myetsy.com', false],
  ])('%s → %s', (host, want) => {
    expect(etsyAdapter.matches(host, index)).toBe(want);
  });
});

describe('Etsy reviews: only the item’s', () => {
  it.each<[string, string, string, Pick<Listing, 'rating' | 'reviewCount'>, string[]]>([
    [
      "the shop's rating in JSON-LD, the item's count and average on the tabs",
      jsonLd({ value: '4.9', count: 3412 }),
      `${cart(SALE)}${TABS}`,
      { rating: 4.7, reviewCount: 27 },
      ["Etsy's structured data rates the shop (4.9 from 3412 reviews), not this item; its rating was left out."],
    ],
    [
      'only shop reviews on the page: nothing for the listing',
      jsonLd({ value: '4.9', count: 3412 }),
      `${cart(SALE)}${SHOP_ONLY}`,
      { rating: null, reviewCount: null },
      ["Etsy's structured data rates the shop (4.9 from 3412 reviews), not this item; its rating was left out."],
    ],
    [
      'a JSON-LD rating the page does not tie to anything',
      jsonLd({ value: '4.8', count: 120 }),
      cart(SALE),
      { rating: null, reviewCount: null },
      [
        "Etsy's structured data rating (4.8 from 120 reviews) is not marked as this item's on the page; it was left out.",
      ],
    ],
    [
      "a JSON-LD rating that counts the item's reviews is kept",
      jsonLd({ value: '4.6', count: 27 }),
      `${cart(SALE)}<div id="reviews"><button id="same-listing-reviews-tab">This item (27)</button></div>`,
      { rating: 4.6, reviewCount: 27 },
      [],
    ],
    [
      'a "Reviews for this item" heading (older layout)',
      '',
      `${cart(SALE)}<h2>Reviews for this item <span class="wt-badge">1.2k</span></h2><h2>Reviews for this shop (5,001)</h2>`,
      { rating: null, reviewCount: 1200 },
      [],
    ],
    [
      'German labels',
      jsonLd({ value: '4.9', count: 812 }),
      `${cart('<p>18,00 €</p>')}<h2>Bewertungen für diesen Artikel (9)</h2><h2>Bewertungen für diesen Shop (812)</h2>`,
      { rating: null, reviewCount: 9 },
      ["Etsy's structured data rates the shop (4.9 from 812 reviews), not this item; its rating was left out."],
    ],
  ])('%s', (_name, head, body, want, warnings) => {
    const listing = extract(body, head);
    expect({ rating: listing.rating, reviewCount: listing.reviewCount }).toEqual(want);
    expect(listing.warnings).toEqual(warnings);
  });

  it('keeps the shop rating in the stored structured data (it is what the page declares)', () => {
    const listing = extract(`${cart(SALE)}${TABS}`, jsonLd({ value: '4.9', count: 3412 }));
    expect(listing.structuredData.jsonLd[0]?.aggregateRating).toEqual({
      '@type': 'AggregateRating',
      ratingValue: '4.9',
      reviewCount: 3412,
    });
  });
});

describe('Etsy listing fields', () => {
  it.each<[string, string, string, string, Partial<Listing>]>([
    [
      'the sale price, not the struck original or the percentage',
      jsonLd(),
      cart(SALE),
      URL_US,
      { price: { amount: 18, currency: 'USD' } },
    ],
    [
      'a dollar price in the currency the structured data names',
      jsonLd(undefined, 'CAD'),
      cart('<p class="wt-text-title-larger">$24.00</p>'),
      URL_US,
      { price: { amount: 24, currency: 'CAD' } },
    ],
    [
      'a euro price under /de, with its own sign',
      '',
      cart('<p class="wt-text-title-larger"><span class="wt-screen-reader-only">Preis:</span> 18,00 €</p>'),
      'https://www.etsy.com/de/listing/1234567890/lederschluesselanhaenger',
      { price: { amount: 18, currency: 'EUR' }, ids: { itemId: '1234567890' } },
    ],
    [
      'currency-value spans, a range price from its lower bound',
      '',
      cart('<p><span class="currency-symbol">$</span><span class="currency-value">12.00</span>+</p>'),
      URL_US,
      { price: { amount: 12, currency: 'USD' } },
    ],
    [
      'the listing id, the JSON-LD sku, no placeholder GTIN, the title from the buy box',
      jsonLd(),
      cart(SALE),
      URL_US,
      { ids: { itemId: '1234567890', sku: '1234567890' }, title: 'Leather Keychain', brand: 'OakAndHideCo' },
    ],
    [
      'the shop name as the brand when structured data names none',
      '',
      cart(SALE, '<div><a href="https://www.etsy.com/shop/OakAndHideCo?ref=shop-header-name">OakAndHideCo</a></div>'),
      URL_US,
      { brand: 'OakAndHideCo' },
    ],
    [
      'sold out: no cart button and the buy box says so',
      '',
      cart(SALE, '<p>Sorry, this item is sold out</p>'),
      URL_US,
      { availability: 'OutOfStock' },
    ],
    [
      'a sold-out option in the menu does not make the listing sold out (its cart button does the rest)',
      '',
      cart(SALE, '<select><option>Black [Sold out]</option></select><button>Add to cart</button>'),
      URL_US,
      { availability: 'InStock' },
    ],
  ])('%s', (_name, head, body, url, want) => {
    expect(extract(body, head, url)).toMatchObject(want);
  });

  it('images: JSON-LD contentURL when the page has no carousel', () => {
    expect(extract(cart(SALE), jsonLd()).images.map((i) => i.url)).toEqual([
      'https://i.etsystatic.com/1/r/il/a/1/il_fullxfull.1_a.jpg',
    ]);
  });

  it('images: the carousel zoom images, not the related listings', () => {
    const body = `<ul><li data-carousel-pane><img class="carousel-image" data-src-zoom-image="https://i.etsystatic.com/1/r/il/a/1/il_fullxfull.1.jpg" src="https://i.etsystatic.com/1/r/il/a/1/il_794xN.1.jpg"></li></ul>
      ${cart(SALE)}<div class="more-from-shop"><img class="wt-image" src="https://i.etsystatic.com/1/r/il/b/2/il_340x270.2.jpg"></div>`;
    expect(extract(body).images.map((i) => i.url)).toEqual(['https://i.etsystatic.com/1/r/il/a/1/il_fullxfull.1.jpg']);
  });

  it('no buy box: the generic path alone, without a throw', () => {
    const listing = extract('<h1>Leather Keychain</h1>', jsonLd());
    expect(listing.store).toBe('etsy');
    expect(listing.title).toBe('Leather Keychain');
    expect(listing.price).toEqual({ amount: 18, currency: 'USD' });
    expect(listing.ids.gtin).toBeUndefined();
  });
});

describe('Etsy parsers', () => {
  it.each([
    ['https://www.etsy.com/listing/1234567890/leather-keychain', '1234567890'],
    ['https://www.etsy.com/de/listing/1234567890/schluesselanhaenger?ref=x', '1234567890'],
    ['https://www.etsy.com/fr/listing/123456789', '123456789'],
    ['https://www.etsy.com/shop/OakAndHideCo', undefined],
    ['nonsense', undefined],
  ])('listingIdFromUrl(%j) = %j', (url, want) => {
    expect(listingIdFromUrl(url)).toBe(want);
  });

  it.each([
    ['27', 27],
    ['(3,412)', 3412],
    ['3.4k', 3400],
    ['1,2k', 1200],
    ['12k reviews', 12000],
    ['This item', null],
  ])('parseBadgeCount(%j) = %j', (text, want) => {
    expect(parseBadgeCount(text)).toBe(want);
  });

  it('parseBadgeCount reads back any count written with or without thousands commas', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999 }), fc.boolean(), (n, grouped) => {
        const text = grouped ? n.toLocaleString('en-US') : String(n);
        expect(parseBadgeCount(`(${text})`)).toBe(n);
      }),
      { numRuns: 500, seed: 14 },
    );
  });
});
