// Tests for the Magento adapter: platform matching, the product's own price box (special, old, tier, related), SKU, stock, the gallery JSON and the percent rating.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../../../html/index.js';
import { extractListing } from '../../extract-listing.js';
import type { Listing } from '../../listing-types.js';
import { PageIndex } from '../../page-index.js';
import { magentoAdapter, magentoGalleryData, magentoImageKey } from './magento.js';

const URL = 'https://cascade.example/ridgeline-2-person-tent.html';

const priceWrapper = (id: string, type: string, amount: string) =>
  `<span id="${type === 'oldPrice' ? 'old-price' : 'product-price'}-${id}" data-price-amount="${amount}" data-price-type="${type}" class="price-wrapper"><span class="price">$${amount}.00</span></span>`;

const related = `<div class="block related"><ol class="product-items"><li class="item product product-item">
  <div class="product-reviews-summary short"><div class="rating-result" title="40%"><span style="width:40%"></span></div><div class="reviews-actions"><a class="action view">2 Reviews</a></div></div>
  <div class="price-box" data-role="priceBox" data-product-id="9">${priceWrapper('9', 'finalPrice', '39')}</div>
  <div class="stock unavailable"><span>Out of stock</span></div></li></ol></div>`;

function page(main: string, opts: { head?: string; after?: string; bodyClass?: string } = {}): string {
  return `<html lang="en"><head><title>Ridgeline 2 Person Tent</title>
<meta property="product:price:currency" content="USD">${opts.head ?? ''}</head>
<body class="${opts.bodyClass ?? 'catalog-product-view page-layout-1column'}"><main id="maincontent">
${related}
<div class="product-info-main">
  <h1 class="page-title"><span class="base" data-ui-id="page-title-wrapper">Ridgeline 2 Person Tent</span></h1>
  ${main}
  <form id="product_addtocart_form" action="/checkout/cart/add/product/1456/"><input type="hidden" name="product" value="1456"></form>
</div>${opts.after ?? ''}</main></body></html>`;
}

function extract(html: string): Listing {
  return extractListing(parseHtmlDocument(html), URL);
}

describe('magentoAdapter.matches', () => {
  it.each<[string, string, boolean]>([
    ['the product page body class', '<html><body class="catalog-product-view"></body></html>', true],
    [
      'Magento 2 init scripts and the product form',
      '<html><body><script type="text/x-magento-init">{}</script><form id="product_addtocart_form"></form></body></html>',
      true,
    ],
    [
      'init scripts on a category page',
      '<html><body class="catalog-category-view"><script type="text/x-magento-init">{}</script></body></html>',
      false,
    ],
    ['another platform', '<html><body class="single-product woocommerce"></body></html>', false],
  ])('%s → %s', (_label, html, expected) => {
    expect(magentoAdapter.matches('cascade.example', new PageIndex(parseHtmlDocument(html)))).toBe(expected);
  });
});

describe('Magento fields', () => {
  it('reads the special price over the old price, the SKU, stock, percent rating and product id', () => {
    const main = `<div class="product-reviews-summary"><div class="rating-summary"><div class="rating-result" title="86%"><span style="width:86%"><span><span itemprop="ratingValue">86</span>% of <span itemprop="bestRating">100</span></span></span></div></div>
      <div class="reviews-actions"><a class="action view" href="#reviews"><span itemprop="reviewCount">14</span>&nbsp;<span>Reviews</span></a></div></div>
      <div class="product-info-price"><div class="price-box" data-role="priceBox" data-product-id="1456">
        <span class="special-price">${priceWrapper('1456', 'finalPrice', '279')}</span><span class="old-price">${priceWrapper('1456', 'oldPrice', '349')}</span></div>
        <div class="product-info-stock-sku"><div class="stock available"><span>In stock</span></div><div class="product attribute sku"><div class="value" itemprop="sku">CC-RDG2</div></div></div></div>
      <ul class="prices-tier"><li>Buy 3 for <span data-price-amount="259" class="price-wrapper"><span class="price">$259.00</span></span> each</li></ul>`;
    const listing = extract(page(main));
    expect({
      store: listing.store,
      title: listing.title,
      ids: listing.ids,
      price: listing.price,
      availability: listing.availability,
      rating: listing.rating,
      reviewCount: listing.reviewCount,
    }).toEqual({
      store: 'magento',
      title: 'Ridgeline 2 Person Tent',
      ids: { itemId: '1456', sku: 'CC-RDG2' },
      price: { amount: 279, currency: 'USD' },
      availability: 'InStock',
      rating: 4.3,
      reviewCount: 14,
    });
  });

  it('says out of stock from the stock line', () => {
    const main = `<div class="price-box">${priceWrapper('1456', 'finalPrice', '279')}</div><div class="stock unavailable"><span>Out of stock</span></div>`;
    expect(extract(page(main)).availability).toBe('OutOfStock');
  });

  it("reads Magento 1's price box and its in-stock line", () => {
    const html = `<html><head><title>Clock</title></head><body class="catalog-product-view">
      <div class="product-view"><div class="product-essential"><form id="product_addtocart_form"><input type="hidden" name="product" value="216">
      <div class="product-shop"><div class="product-name"><h1>Atomic Clock</h1></div>
        <div class="price-box"><span class="special-price"><span class="price" id="product-price-216">$59.95</span></span><span class="old-price"><span class="price" id="old-price-216">$94.95</span></span></div>
        <div class="availability"><span class="in-stock">In stock</span></div>
      </div></form></div></div>
      <div class="box-up-sell"><div class="price-box"><span class="regular-price" id="product-price-212-upsell"><span class="price">$49.95</span></span></div></div>
      </body></html>`;
    const listing = extractListing(parseHtmlDocument(html), 'http://clocks.example/atomic-clock');
    expect({
      ids: listing.ids,
      title: listing.title,
      price: listing.price,
      availability: listing.availability,
    }).toEqual({
      ids: { itemId: '216' },
      title: 'Atomic Clock',
      price: { amount: 59.95, currency: 'USD' },
      availability: 'InStock',
    });
  });

  it('reads the gallery init JSON, main image first, videos left out', () => {
    const gallery = {
      '[data-gallery-role=gallery-placeholder]': {
        'mage/gallery/gallery': {
          data: [
            {
              full: 'https://cascade.example/media/b.jpg',
              caption: 'Inner',
              isMain: false,
              type: 'image',
              videoUrl: null,
            },
            {
              full: 'https://cascade.example/media/a.jpg',
              caption: 'Pitched',
              isMain: true,
              type: 'image',
              videoUrl: null,
            },
            { full: 'https://cascade.example/media/v.jpg', type: 'video', videoUrl: 'https://youtu.be/x' },
          ],
        },
      },
    };
    const script = `<script type="text/x-magento-init">${JSON.stringify(gallery)}</script>`;
    expect(extract(page('', { after: script })).images).toEqual([
      { url: 'https://cascade.example/media/a.jpg', alt: 'Pitched' },
      { url: 'https://cascade.example/media/b.jpg', alt: 'Inner' },
    ]);
  });

  it('reads a broken gallery JSON as no gallery, without throwing', () => {
    const script =
      '<script type="text/x-magento-init">{"[data-gallery-role=gallery-placeholder]": {"mage/gallery/gallery": {"data": [</script>';
    const listing = extract(
      page(`<div class="price-box">${priceWrapper('1456', 'finalPrice', '279')}</div>`, { after: script }),
    );
    expect({ images: listing.images, price: listing.price, warnings: listing.warnings }).toEqual({
      images: [],
      price: { amount: 279, currency: 'USD' },
      warnings: [],
    });
  });
});

describe('Magento helpers', () => {
  it.each<[unknown, number]>([
    [null, 0],
    [{ x: { 'mage/gallery/gallery': { data: 'none' } } }, 0],
    [
      {
        x: {
          'mage/gallery/gallery': { data: [{ img: 'https://m.example/a.jpg' }, { type: 'video', videoUrl: 'v' }, 7] },
        },
      },
      1,
    ],
  ])('magentoGalleryData(%j) has %d images', (value, count) => {
    expect(magentoGalleryData(value)).toHaveLength(count);
  });

  it('never throws on arbitrary JSON', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(Array.isArray(magentoGalleryData(value))).toBe(true);
      }),
      { numRuns: 300, seed: 14 },
    );
  });

  it.each<[string, string]>([
    ['https://m.example/media/catalog/product/cache/1/image/450x/9df7/5/1/clock_headon.jpg', 'clock_headon.jpg'],
    [
      'https://m.example/media/catalog/product/cache/1/thumbnail/124x/9df7/5/1/Clock_Headon.jpg?x=1',
      'clock_headon.jpg',
    ],
  ])('magentoImageKey(%j) → %j', (url, expected) => {
    expect(magentoImageKey(url)).toBe(expected);
  });
});
