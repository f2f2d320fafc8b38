// Tests for the BigCommerce adapter: Stencil matching, BCData prices (tax, sale, range), the productView fields, thumbnails and the star rating.
import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../../../html/index.js';
import { extractListing } from '../../extract-listing.js';
import type { Listing } from '../../listing-types.js';
import { PageIndex } from '../../page-index.js';
import { bigCommerceAdapter, bigCommerceImageKey, readBcData } from './bigcommerce.js';

const URL = 'https://fell.example/merino-crew/';
const CDN = 'https://cdn11.bigcommerce.com/s-x7k2p9/images/stencil';

const bcData = (attributes: Record<string, unknown>) =>
  `<script>var BCData = ${JSON.stringify({ csrf_token: 'x', product_attributes: attributes })};</script>`;

const price = (
  withoutTax: string,
  opts: { showTax?: boolean; withTax?: string } = {},
) => `<div class="productView-price">
  <div class="price-section price-section--withoutTax rrp-price--withoutTax">RRP: <span data-product-rrp-price-without-tax class="price price--rrp">£75.00</span></div>
  <div class="price-section price-section--withoutTax non-sale-price--withoutTax">Was: <span data-product-non-sale-price-without-tax class="price price--non-sale">£65.00</span></div>
  <div class="price-section price-section--withTax"${opts.showTax ? '' : ' style="display: none;"'}><span data-product-price-with-tax class="price price--withTax">${opts.withTax ?? ''}</span></div>
  <div class="price-section price-section--withoutTax"${opts.showTax ? ' style="display: none;"' : ''}><span data-product-price-without-tax class="price price--withoutTax">${withoutTax}</span></div>
</div>`;

const card = `<div id="tab-related"><ul class="productGrid"><li class="product"><article class="card"><h3 class="card-title">Leggings</h3>
  <span data-product-price-without-tax class="price price--withoutTax">£19.00</span></article></li></ul></div>`;

function page(details: string, tail = ''): string {
  return `<html lang="en"><head><title>Merino Crew - Fell</title>
<link href="${CDN.replace('/images/stencil', '')}/stencil/abc/css/theme.css" rel="stylesheet"></head>
<body><main class="body" id="main-content" data-currency-code="GBP">${card}
<div class="productView" data-entity-id="318">
  <section class="productView-details"><div class="productView-product">
    <h1 class="productView-title">Merino Crew</h1>
    <h2 class="productView-brand"><a href="/fellwear/"><span>Fellwear</span></a></h2>
    ${details}
  </div></section>
  <form class="form" action="/cart.php"><input type="hidden" name="product_id" value="318"></form>
</div></main>${tail}</body></html>`;
}

function extract(html: string): Listing {
  return extractListing(parseHtmlDocument(html), URL);
}

describe('bigCommerceAdapter.matches', () => {
  it.each<[string, string, boolean]>([
    ['a productView and the platform CDN', page(''), true],
    [
      'a productView and BCData',
      `<html><body><div class="productView"></div>${bcData({ sku: 'A' })}</body></html>`,
      true,
    ],
    [
      'the CDN without a productView (a category page)',
      `<html><head><link href="${CDN}/x.css"></head><body></body></html>`,
      false,
    ],
    ['a productView class on another platform', '<html><body><div class="productView"></div></body></html>', false],
  ])('%s → %s', (_label, html, expected) => {
    expect(bigCommerceAdapter.matches('fell.example', new PageIndex(parseHtmlDocument(html)))).toBe(expected);
  });
});

describe('BigCommerce fields', () => {
  it.each<[string, string, string, { amount: number; currency: string } | null, string | undefined]>([
    [
      'BCData without tax (the sale price, not Was or RRP)',
      price('£54.00'),
      bcData({
        price: {
          without_tax: { value: 54, currency: 'GBP' },
          non_sale_price_without_tax: { value: 65, currency: 'GBP' },
        },
      }),
      { amount: 54, currency: 'GBP' },
      'bigcommerce-data',
    ],
    [
      'BCData with tax when the page shows prices with tax',
      price('£54.00', { showTax: true, withTax: '£64.80' }),
      bcData({ price: { with_tax: { value: 64.8, currency: 'GBP' }, without_tax: { value: 54, currency: 'GBP' } } }),
      { amount: 64.8, currency: 'GBP' },
      'bigcommerce-data',
    ],
    [
      'the low end of a BCData price range',
      price('£24.99 - £39.99'),
      bcData({
        price: {
          without_tax: { value: 39.99, currency: 'GBP' },
          price_range: {
            min: { without_tax: { value: 24.99, currency: 'GBP' } },
            max: { without_tax: { value: 39.99, currency: 'GBP' } },
          },
        },
      }),
      { amount: 24.99, currency: 'GBP' },
      'bigcommerce-data',
    ],
    ['the shown price without BCData', price('£54.00'), '', { amount: 54, currency: 'GBP' }, 'bigcommerce-dom'],
    [
      'the shown price when BCData is broken',
      price('£54.00'),
      '<script>var BCData = {"product_attributes":{"price":</script>',
      { amount: 54, currency: 'GBP' },
      'bigcommerce-dom',
    ],
  ])('price from %s', (_label, details, tail, expected, strategy) => {
    const listing = extract(page(details, tail));
    expect({
      price: listing.price,
      strategy: listing.extraction.fields.price?.source,
      warnings: listing.warnings,
    }).toEqual({
      price: expected,
      strategy,
      warnings: [],
    });
  });

  it('reads the title, brand, SKU, UPC, stock and product id from the productView', () => {
    const info = `<dl class="productView-info"><dd data-product-sku>FW-CREW-NVY</dd><dd data-product-upc>5056123400318</dd><dd><span data-product-stock>0</span></dd></dl>`;
    const listing = extract(page(`${price('£54.00')}${info}`));
    expect({
      store: listing.store,
      title: listing.title,
      brand: listing.brand,
      ids: listing.ids,
      availability: listing.availability,
    }).toEqual({
      store: 'bigcommerce',
      title: 'Merino Crew',
      brand: 'Fellwear',
      ids: { itemId: '318', sku: 'FW-CREW-NVY', gtin: '5056123400318' },
      availability: 'OutOfStock',
    });
  });

  it('says out of stock when BCData does', () => {
    expect(extract(page(price('£54.00'), bcData({ instock: false, purchasable: false }))).availability).toBe(
      'OutOfStock',
    );
  });

  it('reads each image once, full size, from the main image and the thumbnails', () => {
    const images = `<section class="productView-images">
      <figure class="productView-image" data-zoom-image="${CDN}/1280x1280/products/318/1/a.jpg?c=1"><img src="${CDN}/500x659/products/318/1/a.jpg?c=1" alt="Front"></figure>
      <ul class="productView-thumbnails">
        <li class="productView-thumbnail"><a data-image-gallery-zoom-image-url="${CDN}/1280x1280/products/318/1/a.jpg?c=1"><img src="${CDN}/50x50/products/318/1/a.jpg?c=1" alt="Front"></a></li>
        <li class="productView-thumbnail"><a data-image-gallery-zoom-image-url="${CDN}/1280x1280/products/318/2/b.jpg?c=1"><img src="${CDN}/50x50/products/318/2/b.jpg?c=1" alt="Back"></a></li>
      </ul></section>`;
    expect(extract(page(`${images}${price('£54.00')}`)).images).toEqual([
      { url: `${CDN}/1280x1280/products/318/1/a.jpg?c=1`, alt: 'Front' },
      { url: `${CDN}/1280x1280/products/318/2/b.jpg?c=1`, alt: 'Back' },
    ]);
  });

  it('counts full stars only when no structured data rates the product, and reads the review count', () => {
    const stars = (full: number) =>
      `<div class="productView-rating">${'<span class="icon icon--ratingFull"></span>'.repeat(full)}<span class="icon icon--ratingEmpty"></span><span class="productView-reviewLink"><a href="#product-reviews">9 reviews</a></span></div>`;
    const plain = extract(page(`${price('£54.00')}${stars(4)}`));
    expect([plain.rating, plain.reviewCount]).toEqual([4, 9]);
    const jsonLd =
      '<script type="application/ld+json">{"@type":"Product","name":"Merino Crew","aggregateRating":{"ratingValue":"4.3","reviewCount":"9"}}</script>';
    const rated = extract(page(`${price('£54.00')}${stars(4)}`, '').replace('</head>', `${jsonLd}</head>`));
    expect([rated.rating, rated.reviewCount]).toEqual([4.3, 9]);
  });
});

describe('BigCommerce helpers', () => {
  it.each<[string, string]>([
    [`${CDN}/500x659/products/318/1204/crew__4.jpg?c=1`, '318/1204/crew__4.jpg'],
    [`${CDN}/50x50/products/318/1204/crew__4.jpg`, '318/1204/crew__4.jpg'],
    ['https://fell.example/img/logo.png', 'https://fell.example/img/logo.png'],
  ])('bigCommerceImageKey(%j) → %j', (url, expected) => {
    expect(bigCommerceImageKey(url)).toBe(expected);
  });

  it('reads BCData only when it has product attributes', () => {
    const index = (tail: string) => new PageIndex(parseHtmlDocument(`<html><body>${tail}</body></html>`));
    expect(readBcData(index(bcData({ sku: 'A1' })))).toEqual({ sku: 'A1' });
    expect(readBcData(index('<script>var BCData = {"csrf_token":"x"};</script>'))).toBeUndefined();
  });
});
