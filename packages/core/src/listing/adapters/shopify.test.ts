// Tests for the Shopify adapter: store matching, the product id, the variant-aware title, price and SKU, vendor brands, galleries and review apps.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../../html/index.js';
import { extractListing } from '../extract-listing.js';
import type { Listing } from '../listing-types.js';
import { PageIndex } from '../page-index.js';
import { brandWithoutShopRegion, handleFromUrl, shopifyAdapter, shopifyId, shopifyImageKey } from './shopify.js';

const URL = 'https://norrland.example/products/fjell-headphones';
const SIGNAL = '<meta name="shopify-digital-wallet" content="/1/digital_wallets/dialog">';
const CDN = '//cdn.shopify.com/s/files/1/0543/products';

const variants = [
  { id: 101, title: 'Black', sku: 'FJ-BLK', price: 17900, available: true, barcode: '0731234500011' },
  { id: 102, title: 'Sand', sku: 'FJ-SND', price: 14900, available: true, barcode: '0731234500028' },
  { id: 103, title: 'Moss', sku: 'FJ-MOS', price: 17900, available: false, barcode: 'n/a' },
];

const productJson = (extra: Record<string, unknown> = {}) =>
  `<script type="application/json" id="ProductJson-product-template">${JSON.stringify({
    id: 555,
    title: 'Fjell Headphones',
    handle: 'fjell-headphones',
    vendor: 'Norrland Audio',
    variants,
    images: [`${CDN}/fjell-black.jpg`, `${CDN}/fjell-sand.jpg`],
    ...extra,
  })}</script>`;

const analytics = (vendor = 'Norrland Audio', currency = 'USD') =>
  `<script>window.ShopifyAnalytics.meta.currency = '${currency}';
var meta = {"product":{"id":555,"vendor":${JSON.stringify(vendor)},"variants":[{"id":101,"price":17900,"name":"Fjell Headphones - Black","public_title":"Black","sku":"FJ-BLK"},{"id":102,"price":14900,"name":"Fjell Headphones - Sand","public_title":"Sand","sku":"FJ-SND"}]},"page":{"pageType":"product","resourceType":"product","resourceId":555}};</script>`;

function page(head: string, body: string): string {
  return `<html lang="en"><head><title>Fjell Headphones – Norrland Audio</title><meta property="og:title" content="Fjell Headphones">${SIGNAL}${head}</head><body><main>${body}</main></body></html>`;
}

const section = (inner: string) =>
  `<div id="shopify-section-product-template" class="shopify-section"><div class="grid product-single">${inner}</div></div>`;

function extract(html: string, url = URL): Listing {
  return extractListing(parseHtmlDocument(html), url);
}

describe('shopifyAdapter.matches', () => {
  it.each<[string, string, string, boolean]>([
    ['a wallet meta tag', 'shop.example', SIGNAL, true],
    [
      'a script from the Shopify CDN',
      'shop.example',
      '<script src="https://cdn.shopify.com/s/trekkie.js"></script>',
      true,
    ],
    ['a myshopify.com host without markup', 'norrland.myshopify.com', '', true],
    ['a WooCommerce page', 'shop.example', '<link href="/wp-content/plugins/woocommerce/a.css">', false],
    [
      'a page that only links to shopify.com',
      'shop.example',
      '<a href="https://www.shopify.com">Powered by Shopify</a>',
      false,
    ],
  ])('%s → %s', (_label, host, head, expected) => {
    const index = new PageIndex(parseHtmlDocument(`<html><head>${head}</head><body></body></html>`));
    expect(shopifyAdapter.matches(host, index)).toBe(expected);
  });
});

describe('Shopify product data', () => {
  const body = section(
    `<h1 class="product-single__title">Fjell Headphones</h1><span class="price-item">$179.00</span>${productJson()}`,
  );

  it('reads the product id, title, first available variant and gallery from the product JSON', () => {
    const listing = extract(page(analytics(), body));
    expect({
      store: listing.store,
      ids: listing.ids,
      title: listing.title,
      brand: listing.brand,
      price: listing.price,
      availability: listing.availability,
      images: listing.images.map((i) => i.url),
    }).toEqual({
      store: 'shopify',
      ids: { itemId: '555', sku: 'FJ-BLK', gtin: '0731234500011' },
      title: 'Fjell Headphones',
      brand: 'Norrland Audio',
      price: { amount: 179, currency: 'USD' },
      availability: 'InStock',
      images: [
        'https://cdn.shopify.com/s/files/1/0543/products/fjell-black.jpg',
        'https://cdn.shopify.com/s/files/1/0543/products/fjell-sand.jpg',
      ],
    });
    expect(listing.extraction.fields.title?.source).toBe('shopify-product-json');
  });

  it.each<[string, string, string, Pick<Listing, 'price' | 'availability'> & { sku: string | undefined }]>([
    [
      '?variant= in the URL',
      `${URL}?variant=102`,
      '',
      { sku: 'FJ-SND', price: { amount: 149, currency: 'USD' }, availability: 'InStock' },
    ],
    [
      'a sold-out variant in the URL',
      `${URL}?variant=103`,
      '',
      { sku: 'FJ-MOS', price: { amount: 179, currency: 'USD' }, availability: 'OutOfStock' },
    ],
    [
      'a URL variant that does not exist',
      `${URL}?variant=999`,
      '',
      { sku: 'FJ-BLK', price: { amount: 179, currency: 'USD' }, availability: 'InStock' },
    ],
    [
      "the product form's selected option",
      URL,
      '<form action="/cart/add"><select name="id"><option value="101">Black</option><option value="102" selected>Sand</option></select></form>',
      { sku: 'FJ-SND', price: { amount: 149, currency: 'USD' }, availability: 'InStock' },
    ],
    [
      "a related product's quick-add form (ignored)",
      URL,
      '<div class="product-recommendations"><form action="/cart/add"><input name="id" value="102"></form></div>',
      { sku: 'FJ-BLK', price: { amount: 179, currency: 'USD' }, availability: 'InStock' },
    ],
  ])('selects the variant from %s', (_label, url, extra, expected) => {
    const listing = extract(page(analytics(), `${body}${extra}`), url);
    expect({ sku: listing.ids.sku, price: listing.price, availability: listing.availability }).toEqual(expected);
  });

  it('takes the selected variant from the analytics data when there is no product JSON', () => {
    const listing = extract(
      page(analytics('Norrland Audio', 'EUR'), section('<h1>Fjell Headphones</h1>')),
      `${URL}?variant=102`,
    );
    expect({ ids: listing.ids, title: listing.title, price: listing.price }).toEqual({
      ids: { itemId: '555', sku: 'FJ-SND' },
      title: 'Fjell Headphones',
      price: { amount: 149, currency: 'EUR' },
    });
  });

  it('ignores a product JSON of another product (a featured-product section)', () => {
    const other = `<script type="application/json" data-product-json>${JSON.stringify({ id: 999, title: 'Vinter Earbuds', vendor: 'Other', variants: [{ id: 9, price: 5900, sku: 'VIN' }] })}</script>`;
    const listing = extract(page(analytics(), section(`<h1>Fjell Headphones</h1>${other}`)));
    expect({ title: listing.title, sku: listing.ids.sku, price: listing.price }).toEqual({
      title: 'Fjell Headphones',
      sku: 'FJ-BLK',
      price: { amount: 179, currency: 'USD' },
    });
  });

  it('reads a broken product JSON and broken analytics as nothing, without throwing', () => {
    const html = page(
      '<script>var meta = {"product":{"id":555,</script>',
      section(
        '<h1>Fjell Headphones</h1><script type="application/json" id="ProductJson-x">{"id":555,"variants":[</script>',
      ),
    );
    const listing = extract(html);
    expect({ title: listing.title, itemId: listing.ids.itemId, warnings: listing.warnings }).toEqual({
      title: 'Fjell Headphones',
      itemId: undefined,
      warnings: ['Shopify product JSON is not valid JSON; skipped.'],
    });
  });

  it("uses Dawn's media list (images only, videos left out) with sizes and alt text", () => {
    const media = [
      { media_type: 'image', src: `https:${CDN}/a.jpg`, width: 2048, height: 1365, alt: 'Front' },
      { media_type: 'video', preview_image: { src: `https:${CDN}/poster.jpg` } },
      { media_type: 'image', src: `https:${CDN}/b.jpg`, alt: null },
    ];
    const listing = extract(page(analytics(), section(`<h1>Fjell Headphones</h1>${productJson({ media })}`)));
    expect(listing.images).toEqual([
      { url: 'https://cdn.shopify.com/s/files/1/0543/products/a.jpg', width: 2048, height: 1365, alt: 'Front' },
      { url: 'https://cdn.shopify.com/s/files/1/0543/products/b.jpg' },
    ]);
  });

  it('reads the theme gallery once per image file, without clones, video posters or other products', () => {
    const gallery = `<div class="product-single__photos">
      <div class="slick-slide slick-cloned"><img src="${CDN}/c_1024x1024.jpg?v=1"></div>
      <div class="slick-slide"><img src="${CDN}/a_1024x1024.jpg?v=1" alt="A"></div>
      <div class="slick-slide"><img data-src="${CDN}/b_{width}x.jpg?v=1" src="data:image/gif;base64,R0lGOD" alt="B"></div>
      <div class="slick-slide"><img src="${CDN}/c_1024x1024.jpg?v=1" alt="C"></div>
      <div data-media-type="video"><img src="${CDN}/poster_1024x1024.jpg"></div>
      <ul><li><img src="${CDN}/a_small.jpg?v=1"></li><li><img src="${CDN}/b_100x100@2x.jpg?v=1"></li></ul>
    </div>`;
    const html = page(
      analytics(),
      `${section(
        `<div class="grid__item">${gallery}</div><div class="grid__item"><h1>Fjell Headphones</h1><img src="${CDN}/../files/pickup.png"></div>`,
      )}<div class="product-recommendations"><img src="${CDN}/other_300x.jpg"></div>`,
    );
    expect(extract(html).images.map((i) => [i.url, i.alt])).toEqual([
      ['https://cdn.shopify.com/s/files/1/0543/products/a_1024x1024.jpg?v=1', 'A'],
      ['https://cdn.shopify.com/s/files/1/0543/products/b.jpg?v=1', 'B'],
      ['https://cdn.shopify.com/s/files/1/0543/products/c_1024x1024.jpg?v=1', 'C'],
    ]);
  });

  it('reads the reviews metafield written into JSON-LD as an object', () => {
    const jsonLd = `<script type="application/ld+json">${JSON.stringify({
      '@type': 'Product',
      name: 'Fjell Headphones',
      aggregateRating: {
        '@type': 'AggregateRating',
        ratingValue: { value: '9.2', scale_min: '1.0', scale_max: '10.0' },
        reviewCount: '41',
      },
    })}</script>`;
    const listing = extract(page(`${analytics()}${jsonLd}`, section('<h1>Fjell Headphones</h1>')));
    expect({ rating: listing.rating, reviewCount: listing.reviewCount }).toEqual({ rating: 4.6, reviewCount: 41 });
  });
});

describe('Shopify brands', () => {
  const withSite = (site: string, vendor: string, jsonLdBrand?: string) =>
    page(
      `<meta property="og:site_name" content="${site}">${analytics(vendor)}${
        jsonLdBrand
          ? `<script type="application/ld+json">{"@type":"Product","name":"Fjell Headphones","brand":{"@type":"Brand","name":"${jsonLdBrand}"}}</script>`
          : ''
      }`,
      section('<p class="product-single__brand-line">Vendido por: Loja Aurora</p><h1>Fjell Headphones</h1>'),
    );

  it.each<[string, string, string, string | undefined, string]>([
    ['the vendor is the shop name plus its market code', 'Skullcandy US', 'Skullcandy US', undefined, 'Skullcandy'],
    ['the vendor adds a market code to the shop name', 'Skullcandy', 'Skullcandy EU', undefined, 'Skullcandy'],
    ['the JSON-LD brand comes first', 'Skullcandy US', 'Skullcandy US', 'Crusher Labs', 'Crusher Labs'],
    ['another brand with a code stays whole', 'Audio Hub', 'Nike SB', undefined, 'Nike SB'],
    ['a vendor that is not the shop keeps its code', 'Audio Hub', 'Levi Strauss US', undefined, 'Levi Strauss US'],
    ['a byline near the title is never the brand', 'Loja Aurora', 'Ipê Café', undefined, 'Ipê Café'],
  ])('%s', (_label, site, vendor, jsonLdBrand, expected) => {
    expect(extract(withSite(site, vendor, jsonLdBrand)).brand).toBe(expected);
  });

  it.each<[string, readonly string[], string]>([
    ['Skullcandy US', ['Skullcandy'], 'Skullcandy'],
    ['Skullcandy (US)', ['Skullcandy US'], 'Skullcandy'],
    ['Gymshark-EU', ['gymshark-eu'], 'Gymshark'],
    ['Gymshark EU', ['gymshark'], 'Gymshark'],
    ['Nike SB', ['Nike'], 'Nike SB'],
    ['Skullcandy US', [], 'Skullcandy US'],
    ['US', ['US'], 'US'],
  ])('brandWithoutShopRegion(%j, %j) → %j', (brand, shops, expected) => {
    expect(brandWithoutShopRegion(brand, shops)).toBe(expected);
  });

  it('never lengthens a brand and keeps every brand that names no shop', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 120 }),
        fc.array(fc.string({ maxLength: 30 }), { maxLength: 3 }),
        (brand, shops) => {
          const out = brandWithoutShopRegion(brand, shops);
          expect(out.length).toBeLessThanOrEqual(brand.trim().length);
          expect(brandWithoutShopRegion(brand, [])).toBe(brand.trim());
        },
      ),
      { numRuns: 500, seed: 14 },
    );
  });
});

describe('Shopify ids and image keys', () => {
  it.each<[unknown, string | undefined]>([
    [555, '555'],
    ['555', '555'],
    ['gid://shopify/Product/555', '555'],
    ['abc', undefined],
    [null, undefined],
  ])('shopifyId(%j) → %j', (value, expected) => {
    expect(shopifyId(value)).toBe(expected);
  });

  it.each<[string, string | undefined]>([
    ['https://shop.example/products/fjell-headphones', 'fjell-headphones'],
    ['https://shop.example/collections/audio/products/Fjell-Headphones?variant=1', 'fjell-headphones'],
    ['https://shop.example/pages/about', undefined],
    ['not a url', undefined],
  ])('handleFromUrl(%j) → %j', (url, expected) => {
    expect(handleFromUrl(url)).toBe(expected);
  });

  it.each<[string, string]>([
    ['//cdn.shopify.com/s/files/1/2/products/mug_200x.jpg?v=1', 'mug'],
    ['//cdn.shopify.com/s/files/1/2/products/mug_1024x1024@2x.jpg?v=1', 'mug'],
    ['//cdn.shopify.com/s/files/1/2/products/mug_grande.progressive.jpg', 'mug'],
    ['//cdn.shopify.com/s/files/1/2/products/mug_100x100_crop_center.jpg', 'mug'],
    ['https://shop.example/cdn/shop/files/mug.jpg?v=1&width=800', 'mug'],
    ['https://shop.example/cdn/shop/files/mug_handle.jpg', 'mug_handle'],
  ])('shopifyImageKey(%j) → %j', (url, expected) => {
    expect(shopifyImageKey(url)).toBe(expected);
  });

  it('gives one key for every size of the same file', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[a-z][a-z0-9-]{0,20}$/),
        fc.constantFrom('', '_100x', '_x200', '_1024x1024', '_grande', '_small@2x', '_{width}x'),
        (name, size) => {
          expect(shopifyImageKey(`//cdn.shopify.com/s/files/1/products/${name}${size}.jpg?v=3`)).toBe(name);
        },
      ),
      { numRuns: 500, seed: 14 },
    );
  });
});
