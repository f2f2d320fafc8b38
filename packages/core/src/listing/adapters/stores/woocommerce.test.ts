// Tests for the WooCommerce adapter: platform matching, the main product container, sale prices, stock, SKU, gallery, rating and variation links.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../../../html/index.js';
import { extractListing } from '../../extract-listing.js';
import type { Listing } from '../../listing-types.js';
import { PageIndex } from '../../page-index.js';
import { currentAmount, variationFromUrl, wooCommerceAdapter, wooProductRoot } from './woocommerce.js';

const URL = 'https://ashgrove.example/product/pour-over-stand/';

const amount = (value: string) =>
  `<span class="woocommerce-Price-amount amount"><bdi><span class="woocommerce-Price-currencySymbol">&#36;</span>${value}</bdi></span>`;

const related = `<section class="related products"><ul class="products"><li class="product type-product post-9 outofstock">
  <div class="star-rating" aria-label="Rated 2.00 out of 5"><strong class="rating">2.00</strong></div>
  <span class="price">${amount('12.00')}</span><a class="button" data-product_id="9" data-product_sku="REL-9">Read more</a></li></ul></section>`;

function page(summary: string, opts: { body?: string; productClass?: string; after?: string } = {}): string {
  return `<html lang="en-US"><head><title>Pour-Over Stand – Ashgrove</title>
<script type="application/ld+json">{"@type":"Product","name":"Pour-Over Stand","offers":{"@type":"Offer","price":"89.00","priceCurrency":"USD"}}</script></head>
<body class="${opts.body ?? 'single-product postid-7 woocommerce woocommerce-page'}">
<div id="product-7" class="product type-product post-7 ${opts.productClass ?? 'instock'}">
  <div class="summary entry-summary"><h1 class="product_title entry-title">Pour-Over Stand</h1>${summary}</div>
  ${opts.after ?? ''}${related}
</div></body></html>`;
}

function extract(html: string, url = URL): Listing {
  return extractListing(parseHtmlDocument(html), url);
}

describe('wooCommerceAdapter.matches', () => {
  const withProduct = (head: string, bodyClass: string) =>
    `<html><head>${head}</head><body class="${bodyClass}"><h1 class="product_title">X</h1></body></html>`;
  it.each<[string, string, boolean]>([
    ['body classes', withProduct('', 'single-product woocommerce'), true],
    [
      'the plugin stylesheet',
      withProduct('<link href="/wp-content/plugins/woocommerce/assets/css/woocommerce.css">', 'single'),
      true,
    ],
    [
      'WooCommerce body classes on a non-product page',
      '<html><body class="woocommerce-page"><h1>Cart</h1></body></html>',
      false,
    ],
    ['a product title class on another platform', withProduct('', 'catalog-product-view'), false],
  ])('%s → %s', (_label, html, expected) => {
    expect(wooCommerceAdapter.matches('ashgrove.example', new PageIndex(parseHtmlDocument(html)))).toBe(expected);
  });
});

describe('WooCommerce product fields', () => {
  it('reads the sale price, stock line, SKU, rating and post id inside the product, never the related tiles', () => {
    const listing = extract(
      page(`<div class="woocommerce-product-rating"><div class="star-rating" role="img" aria-label="Rated 4.67 out of 5"><strong class="rating">4.67</strong></div>
        <a href="#reviews" class="woocommerce-review-link">(<span class="count">12</span> customer reviews)</a></div>
        <p class="price"><del aria-hidden="true">${amount('110.00')}</del> <span class="screen-reader-text">Original price was: $110.00.</span><ins aria-hidden="true">${amount('89.00')}</ins></p>
        <p class="stock in-stock">4 in stock</p>
        <div class="product_meta"><span class="sku_wrapper">SKU: <span class="sku">AGW-POS</span></span></div>`),
    );
    expect({
      store: listing.store,
      ids: listing.ids,
      price: listing.price,
      availability: listing.availability,
      rating: listing.rating,
      reviewCount: listing.reviewCount,
    }).toEqual({
      store: 'woocommerce',
      ids: { itemId: '7', sku: 'AGW-POS' },
      price: { amount: 89, currency: 'USD' },
      availability: 'InStock',
      rating: 4.67,
      reviewCount: 12,
    });
    expect(listing.extraction.fields.price?.source).toBe('woocommerce-dom');
  });

  it.each<[string, string, string, string | null]>([
    ['an out-of-stock line', '<p class="stock out-of-stock">Out of stock</p>', 'instock', 'OutOfStock'],
    ['a backorder line', '<p class="stock available-on-backorder">Available on backorder</p>', 'instock', 'BackOrder'],
    ["the product's class when there is no line", '', 'outofstock', 'OutOfStock'],
  ])('reads stock from %s', (_label, line, productClass, expected) => {
    expect(extract(page(`<p class="price">${amount('89.00')}</p>${line}`, { productClass })).availability).toBe(
      expected,
    );
  });

  it('takes the lower bound of a price range and skips a SKU of "N/A"', () => {
    const listing = extract(
      page(
        `<p class="price">${amount('32.00')} – ${amount('38.00')}</p><span class="sku_wrapper">SKU: <span class="sku">N/A</span></span>`,
      ),
    );
    expect({ price: listing.price, sku: listing.ids.sku }).toEqual({
      price: { amount: 32, currency: 'USD' },
      sku: undefined,
    });
  });

  it('reads the gallery at full size, without the placeholder', () => {
    const gallery = `<div class="woocommerce-product-gallery"><div class="woocommerce-product-gallery__wrapper">
      <div class="woocommerce-product-gallery__image"><a href="https://ashgrove.example/up/a.jpg"><img src="https://ashgrove.example/up/a-600x600.jpg" alt="A" data-large_image="https://ashgrove.example/up/a.jpg" data-large_image_width="1800" data-large_image_height="1200"></a></div>
      <div class="woocommerce-product-gallery__image"><a href="https://ashgrove.example/up/b.jpg"><img src="https://ashgrove.example/up/b-600x600.jpg" alt=""></a></div>
      <div class="woocommerce-product-gallery__image--placeholder woocommerce-product-gallery__image"><img src="https://ashgrove.example/wp-content/uploads/woocommerce-placeholder-600x600.png"></div>
    </div></div>`;
    const listing = extract(page(`<p class="price">${amount('89.00')}</p>`, { after: gallery }));
    expect(listing.images).toEqual([
      { url: 'https://ashgrove.example/up/a.jpg', width: 1800, height: 1200, alt: 'A' },
      { url: 'https://ashgrove.example/up/b.jpg' },
    ]);
  });

  it('counts "Reviews (0)" on the reviews tab when there is no rating block', () => {
    const tabs =
      '<div class="woocommerce-tabs"><ul class="tabs"><li class="reviews_tab" id="tab-title-reviews"><a href="#tab-reviews">Reviews (0)</a></li></ul></div>';
    expect(extract(page(`<p class="price">${amount('89.00')}</p>`, { after: tabs })).reviewCount).toBe(0);
  });

  it('reads a broken variations JSON as no variation, without throwing', () => {
    const form = `<form class="variations_form cart" data-product_variations="[{&quot;attributes&quot;:">x</form>`;
    const listing = extract(page(`<p class="price">${amount('32.00')}</p>${form}`), `${URL}?attribute_pa_size=long`);
    expect({ price: listing.price, warnings: listing.warnings }).toEqual({
      price: { amount: 32, currency: 'USD' },
      warnings: [],
    });
  });

  it('finds the product without a post id in the body class', () => {
    const doc = parseHtmlDocument(page('', { body: 'single-product woocommerce' }));
    expect(wooProductRoot(new PageIndex(doc))?.getAttribute('id')).toBe('product-7');
  });
});

describe('currentAmount', () => {
  const block = (html: string) => {
    const el = parseHtmlDocument(`<html><body><p class="price">${html}</p></body></html>`).querySelector('.price');
    if (!el) throw new Error('no price');
    return currentAmount(el)?.textContent ?? null;
  };
  it.each<[string, string, string | null]>([
    ['a sale (del then ins)', `<del>${amount('110.00')}</del><ins>${amount('89.00')}</ins>`, '$89.00'],
    ['a sale with ins first', `<ins>${amount('89.00')}</ins><del>${amount('110.00')}</del>`, '$89.00'],
    ['a plain price', amount('89.00'), '$89.00'],
    ['only a struck price', `<del>${amount('110.00')}</del>`, null],
  ])('%s → %s', (_label, html, expected) => {
    expect(block(html)).toBe(expected);
  });
});

describe('variationFromUrl', () => {
  const variations = [
    { attributes: { attribute_pa_colour: 'rust', attribute_pa_size: 'regular' }, variation_id: 1 },
    { attributes: { attribute_pa_colour: 'rust', attribute_pa_size: 'long' }, variation_id: 2 },
    { attributes: { attribute_pa_colour: 'sage', attribute_pa_size: '' }, variation_id: 3 },
  ];
  it.each<[string, number | undefined]>([
    ['?attribute_pa_colour=rust&attribute_pa_size=long', 2],
    ['?attribute_pa_colour=Rust&attribute_pa_size=regular', 1],
    ['?attribute_pa_colour=sage&attribute_pa_size=long', 3],
    ['?attribute_pa_colour=sage', 3],
    ['?attribute_pa_colour=rust', undefined],
    ['?attribute_pa_colour=blue&attribute_pa_size=long', undefined],
    ['', undefined],
  ])('%s → variation %s', (query, expected) => {
    expect(variationFromUrl(variations, `${URL}${query}`)?.variation_id).toBe(expected);
  });

  it('never throws and only returns one of the variations given', () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue(), { maxLength: 8 }), fc.string({ maxLength: 60 }), (list, query) => {
        const found = variationFromUrl(list, `${URL}?${query}`);
        expect(found === undefined || (list as unknown[]).includes(found)).toBe(true);
      }),
      { numRuns: 300, seed: 14 },
    );
  });
});
