// Tests for the Best Buy adapter: host matching, the product block's SKU, price, cart state, ratings and gallery, never a carousel's.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../../../html/index.js';
import { extractListing } from '../../extract-listing.js';
import type { Listing } from '../../listing-types.js';
import { PageIndex } from '../../page-index.js';
import { bestBuyAdapter, brandFromTitle, skuFromUrl } from './bestbuy.js';

const URL_US = 'https://www.bestbuy.com/site/sony-wh-1000xm5/6505727.p?skuId=6505727';

const TITLE = `<div class="sku-title"><h1 class="heading-5">Sony - WH-1000XM5 Headphones - Black</h1></div>
  <div class="sku product-data"><span class="product-data-label">SKU:</span> <span class="product-data-value">6505727</span></div>`;
const PRICE = `<div class="priceView-hero-price priceView-customer-price"><span aria-hidden="true">$329.99</span><span class="sr-only">Your price for this item is $329.99</span></div>
  <div class="pricing-price__regular-price">Was $399.99</div>`;
const RATINGS = `<div class="ugc-ratings-reviews"><span class="ugc-c-review-average">4.6</span><span class="c-reviews">(4,512 Reviews)</span></div>`;
const CAROUSEL = `<div class="shop-recently-viewed-carousel"><ul><li>
  <div class="ugc-ratings-reviews"><span class="ugc-c-review-average">3.9</span><span class="c-reviews">(12 Reviews)</span></div>
  <div class="priceView-hero-price priceView-customer-price"><span aria-hidden="true">$19.99</span></div>
  <button class="add-to-cart-button" data-sku-id="1111111" data-button-state="SOLD_OUT">Sold Out</button></li></ul></div>`;

function button(state: string, text: string, sku = '6505727'): string {
  return `<button class="c-button add-to-cart-button" data-sku-id="${sku}" data-button-state="${state}">${text}</button>`;
}

function extract(body: string, url = URL_US, head = ''): Listing {
  return extractListing(parseHtmlDocument(`<html><head>${head}</head><body>${body}</body></html>`), url);
}

type Fields = Pick<Listing, 'title' | 'brand' | 'price' | 'availability' | 'rating' | 'reviewCount' | 'ids'> & {
  images: string[];
};

function fields(listing: Listing): Fields {
  const { title, brand, price, availability, rating, reviewCount, ids } = listing;
  return { title, brand, price, availability, rating, reviewCount, ids, images: listing.images.map((i) => i.url) };
}

describe('bestBuyAdapter.matches', () => {
  const index = new PageIndex(parseHtmlDocument('<html><body></body></html>'));
  it.each([
    ['www.bestbuy.com', true],
    ['bestbuy.com', true],
    ['www.bestbuy.ca', true],
    ['bestbuy.co.uk', false],
    ['notbestbuy.com', false],
  ])('%s → %s', (host, want) => {
    expect(bestBuyAdapter.matches(host, index)).toBe(want);
  });
});

describe('Best Buy product block', () => {
  it.each<[string, string, Partial<Fields>]>([
    [
      'a carousel before the product: its price, rating and Sold Out button are not the page’s',
      `${CAROUSEL}${TITLE}${RATINGS}${PRICE}${button('ADD_TO_CART', 'Add to Cart')}`,
      {
        title: 'Sony - WH-1000XM5 Headphones - Black',
        brand: 'Sony',
        price: { amount: 329.99, currency: 'USD' },
        availability: 'InStock',
        rating: 4.6,
        reviewCount: 4512,
        ids: { sku: '6505727' },
      },
    ],
    ['a Sold Out button', `${TITLE}${PRICE}${button('SOLD_OUT', 'Sold Out')}`, { availability: 'OutOfStock' }],
    [
      'a button without a state that says Sold Out',
      `${TITLE}${PRICE}<button class="add-to-cart-button" disabled>Sold Out</button>`,
      { availability: 'OutOfStock' },
    ],
    ['in-store only', `${TITLE}${PRICE}${button('CHECK_STORES', 'Check Stores')}`, { availability: 'InStoreOnly' }],
    [
      'the SKU from the cart button, then the URL, when the page has no SKU line',
      `<div class="sku-title"><h1>Apple - AirPods Pro</h1></div>${button('ADD_TO_CART', 'Add to Cart', '5706659')}`,
      { ids: { sku: '5706659' } },
    ],
    [
      'the 2024 test-id price block',
      `${TITLE}<div data-testid="large-customer-price"><span>$1,099.99</span></div>`,
      { price: { amount: 1099.99, currency: 'USD' } },
    ],
  ])('%s', (_name, body, want) => {
    expect(fields(extract(body))).toMatchObject(want);
  });

  it('a structured brand wins over the title’s first part', () => {
    const head =
      '<script type="application/ld+json">{"@type":"Product","name":"WH-1000XM5","brand":{"@type":"Brand","name":"Sony Electronics"}}</script>';
    expect(extract(TITLE, URL_US, head).brand).toBe('Sony Electronics');
  });

  it('photos count once whatever the rendition size; icons are not photos', () => {
    const gallery = `<div class="shop-media-gallery"><img src="https://pisces.bbystatic.com/image2/BestBuy_US/images/products/6505/6505727_sd.jpg;maxHeight=640;maxWidth=550">
      <img src="https://pisces.bbystatic.com/image2/BestBuy_US/images/products/6505/6505727_sd.jpg;maxHeight=120;maxWidth=120">
      <img src="https://pisces.bbystatic.com/image2/BestBuy_US/images/products/6505/6505727cv11d.jpg;maxHeight=120;maxWidth=120">
      <img src="https://pisces.bbystatic.com/image2/BestBuy_US/images/icons/play.png"></div>`;
    expect(fields(extract(`${TITLE}${gallery}`)).images).toEqual([
      'https://pisces.bbystatic.com/image2/BestBuy_US/images/products/6505/6505727_sd.jpg',
      'https://pisces.bbystatic.com/image2/BestBuy_US/images/products/6505/6505727cv11d.jpg',
    ]);
  });

  it("2017's price component: the customer price in its URL-encoded pricing data", () => {
    const data = encodeURIComponent(JSON.stringify({ skuId: '5577872', regularPrice: 169.99, customerPrice: 159.99 }));
    const body = `<div id="sku-title"><h1>Apple - AirPods - White</h1></div><span id="sku-value">5577872</span>
      <div class="price-view-pb" data-sku-id="5577872" data-pricing-data="${data}"></div>`;
    const listing = extract(body, 'http://www.bestbuy.com/site/apple-airpods-white/5577872.p?skuId=5577872');
    expect(fields(listing)).toMatchObject({ price: { amount: 159.99, currency: 'USD' }, ids: { sku: '5577872' } });
  });

  it('broken pricing data leaves the price to the generic path, without a throw', () => {
    const body = `<div id="sku-title"><h1>Apple - AirPods - White</h1></div>
      <div class="price-view-pb" data-sku-id="5577872" data-pricing-data="%7B%22customerPrice%22%3A"></div>`;
    const listing = extract(body, 'http://www.bestbuy.com/site/apple-airpods-white/5577872.p?skuId=5577872');
    expect(listing.store).toBe('bestbuy');
    expect(listing.price).toBeNull();
    expect(listing.warnings).toEqual([]);
  });

  it('bestbuy.ca: the web code, the price in CAD', () => {
    const body = `<h1 class="productName_2KoPa">Samsung 65" 4K UHD Smart TV</h1>
      <div class="modelInformation_1ZG9l">Web Code: <span data-automation="SKU_ID">15166285</span></div>
      <div data-automation="product-price"><span class="screenReaderOnly_2mubv">$899.99</span></div>`;
    const listing = extract(body, 'https://www.bestbuy.ca/en-ca/product/samsung-65-4k-uhd-smart-tv/15166285');
    expect(fields(listing)).toMatchObject({
      title: 'Samsung 65" 4K UHD Smart TV',
      price: { amount: 899.99, currency: 'CAD' },
      ids: { sku: '15166285' },
    });
  });
});

describe('Best Buy parsers', () => {
  it.each([
    ['https://www.bestbuy.com/site/sony/6505727.p?skuId=6505727', '6505727'],
    ['https://www.bestbuy.com/site/sony/6505727.p', '6505727'],
    ['https://www.bestbuy.ca/en-ca/product/samsung-tv/15166285', '15166285'],
    ['https://www.bestbuy.ca/fr-ca/produit/samsung-tv/15166285', undefined],
    ['https://www.bestbuy.com/site/searchpage.jsp?st=tv', undefined],
    ['nonsense', undefined],
  ])('skuFromUrl(%j) = %j', (url, want) => {
    expect(skuFromUrl(url)).toBe(want);
  });

  it.each([
    ['Apple - AirPods - White', 'Apple'],
    ['Insignia™ - 50" Class F30 Series LED 4K UHD Smart Fire TV', 'Insignia™'],
    ['AirPods Pro', undefined],
    [' - leading dash', undefined],
  ])('brandFromTitle(%j) = %j', (title, want) => {
    expect(brandFromTitle(title)).toBe(want);
  });

  it('brandFromTitle returns the text before the first " - " of any "Brand - Name" title', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim() === s && s.length > 0 && !s.includes(' - ')),
        fc.string({ maxLength: 80 }),
        (brand, rest) => {
          expect(brandFromTitle(`${brand} - ${rest}`)).toBe(brand);
        },
      ),
      { numRuns: 500, seed: 14 },
    );
  });
});
