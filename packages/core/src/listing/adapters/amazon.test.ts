// Tests for the Amazon adapter: one fixture per storefront markup pattern, and the price, stock, byline and gallery rules.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../../html/index.js';
import { extractListing } from '../extract-listing.js';
import type { Listing } from '../listing-types.js';
import { parseStarRating, pictureIdOf } from './amazon.js';

const FIXTURES = join(__dirname, '../../../../../test/fixtures/listings');

type Fields = Pick<Listing, 'title' | 'brand' | 'price' | 'availability' | 'reviewCount'> & { images: number };

function fieldsOf(listing: Listing): Fields {
  const { title, brand, price, availability, reviewCount } = listing;
  return { title, brand, price, availability, reviewCount, images: listing.images.length };
}

function fixture(name: string): Fields {
  const { url } = JSON.parse(readFileSync(join(FIXTURES, `${name}.expected.json`), 'utf8')) as { url: string };
  return fieldsOf(extractListing(parseHtmlDocument(readFileSync(join(FIXTURES, `${name}.html`), 'utf8')), url));
}

const EUR = (amount: number) => ({ amount, currency: 'EUR' });

describe('Amazon fixtures: one per storefront pattern', () => {
  it.each<[string, Fields]>([
    [
      'amazon-de-core-price',
      {
        title: 'WELEDA Skin Food Pflegecreme, intensive Feuchtigkeitscreme für trockene Haut, 75 ml',
        brand: 'WELEDA',
        price: EUR(12.4),
        availability: 'InStock',
        reviewCount: 1234,
        images: 6,
      },
    ],
    [
      'amazon-de-kindle',
      { title: 'Die Argonauten', brand: null, price: EUR(15.99), availability: null, reviewCount: 1, images: 1 },
    ],
    [
      'amazon-fr-boutique',
      {
        title: 'PetSafe Fontaine à eau Drinkwell 360 pour chats et chiens, 3,8 L',
        brand: 'PetSafe',
        price: EUR(1299),
        availability: 'OutOfStock',
        reviewCount: 1234,
        images: 3,
      },
    ],
    [
      'amazon-it-store',
      {
        title: "De'Longhi Dedica Style EC685.M, Macchina da Caffè Espresso Manuale, 1300 W, Argento",
        brand: "De'Longhi",
        price: EUR(149.9),
        availability: 'InStock',
        reviewCount: 1234,
        images: 3,
      },
    ],
    [
      'amazon-es-tienda',
      {
        title: 'Cecotec Freidora sin Aceite Cecofry Essential Rapid 5,5 L, 1700 W',
        brand: 'Cecotec',
        price: EUR(59.9),
        availability: 'InStock',
        reviewCount: 2345,
        images: 3,
      },
    ],
    [
      'amazon-nl-winkel',
      {
        title: 'Philips Airfryer Essential HD9252/90, 4,1 L, 1400 W, zwart',
        brand: 'Philips',
        price: EUR(89.99),
        availability: 'InStock',
        reviewCount: 234,
        images: 1,
      },
    ],
    [
      'amazon-se-butiken',
      {
        title: 'Philips OneBlade Pro 360 QP6541/15, trimmer och rakapparat',
        brand: 'Philips',
        price: { amount: 1234.56, currency: 'SEK' },
        availability: 'InStock',
        reviewCount: 123,
        images: 1,
      },
    ],
    [
      'amazon-pl-sklep',
      {
        title: 'Philips Sonicare DiamondClean 9000 HX9911/09, szczoteczka soniczna',
        brand: 'Philips',
        price: { amount: 1234.56, currency: 'PLN' },
        availability: 'OutOfStock',
        reviewCount: 0,
        images: 1,
      },
    ],
    [
      'amazon-com.tr-magaza',
      {
        title: 'Xiaomi Redmi Note 13, 8 GB RAM, 128 GB, Siyah',
        brand: 'Xiaomi',
        price: { amount: 1234.5, currency: 'TRY' },
        availability: 'InStock',
        reviewCount: 1234,
        images: 1,
      },
    ],
    [
      'amazon-co.jp-store',
      {
        title: 'Anker PowerCore 10000 (10000mAh 大容量 モバイルバッテリー)',
        brand: 'Anker',
        price: { amount: 2990, currency: 'JPY' },
        availability: 'InStock',
        reviewCount: 1234,
        images: 2,
      },
    ],
    [
      'amazon-in-mrp',
      {
        title: 'Sony Bravia 164 cm (65 inches) 4K Ultra HD Smart LED Google TV KD-65X74L (Black)',
        brand: 'Sony',
        price: { amount: 124990, currency: 'INR' },
        availability: 'InStock',
        reviewCount: 12345,
        images: 1,
      },
    ],
    [
      'amazon-com.mx-marca',
      {
        title: 'Cecotec Robot Aspirador Conga 2290 Ultra, 2300 Pa, Friega y Barre',
        brand: 'Cecotec',
        price: { amount: 1299, currency: 'MXN' },
        availability: 'InStock',
        reviewCount: 45,
        images: 1,
      },
    ],
    [
      'amazon-com.br-loja',
      {
        title: 'Multilaser Fone de Ouvido Bluetooth Pulse PH246, Preto',
        brand: 'Multilaser',
        price: { amount: 1234.56, currency: 'BRL' },
        availability: 'InStock',
        reviewCount: 1234,
        images: 1,
      },
    ],
    [
      'amazon-sa-arabic',
      {
        title: 'سامسونج جالكسي A55 ثنائي الشريحة، 256 جيجابايت، أسود',
        brand: 'Samsung',
        price: { amount: 1299, currency: 'SAR' },
        availability: 'InStock',
        reviewCount: 1234,
        images: 1,
      },
    ],
    [
      'amazon-ae-dealprice',
      {
        title: 'Anker Soundcore 2 Portable Bluetooth Speaker, 12W, 24-Hour Playtime',
        brand: 'Anker',
        price: { amount: 79, currency: 'AED' },
        availability: 'InStock',
        reviewCount: 56,
        images: 1,
      },
    ],
    [
      'amazon-sg-ships',
      {
        title: 'Anker Nano 20W USB-C Charger, Foldable Plug',
        brand: 'Anker',
        price: { amount: 12.9, currency: 'SGD' },
        availability: 'InStock',
        reviewCount: 9,
        images: 1,
      },
    ],
    [
      'amazon-com.au-brand-label',
      {
        title: 'Soundcore by Anker Life Q30 Hybrid Active Noise Cancelling Headphones',
        brand: 'Anker',
        price: { amount: 149.95, currency: 'AUD' },
        availability: 'OutOfStock',
        reviewCount: 87,
        images: 1,
      },
    ],
    [
      'amazon-ca-priceblock',
      {
        title: 'LinTimes Simple Leather Vintage Female Quartz Watch Wristwatch Black',
        brand: 'LinTimes',
        price: { amount: 5.77, currency: 'CAD' },
        availability: 'InStock',
        reviewCount: 0,
        images: 2,
      },
    ],
    [
      'amazon-co.uk-buy-new',
      {
        title: 'The Quiet Garden: A Year in Small Spaces',
        brand: null,
        price: { amount: 8.99, currency: 'GBP' },
        availability: 'InStock',
        reviewCount: 17,
        images: 2,
      },
    ],
    [
      'amazon-com-buy-new-accordion',
      {
        title: 'C Programming Language, 2nd Edition',
        brand: null,
        price: { amount: 35.64, currency: 'USD' },
        availability: 'InStock',
        reviewCount: 621,
        images: 1,
      },
    ],
    [
      'amazon-com-preorder',
      {
        title: 'Acme Smart Kettle with Temperature Control, 1.7 L',
        brand: 'Acme',
        price: { amount: 29.99, currency: 'USD' },
        availability: 'PreOrder',
        reviewCount: 0,
        images: 3,
      },
    ],
  ])('%s', (name, fields) => {
    expect(fixture(name)).toEqual(fields);
  });
});

/** A one-product Amazon page around `body`, extracted at an amazon.<tld> URL. */
function page(body: string, tld = 'com', lang = 'en-us'): Listing {
  const html = `<!doctype html><html lang="${lang}"><head><title>t</title></head><body>
    <span id="productTitle">Acme Kettle</span>${body}</body></html>`;
  return extractListing(parseHtmlDocument(html), `https://www.amazon.${tld}/dp/B0ACME0001`);
}

const offscreen = (text: string, attrs = '') =>
  `<span class="a-price"${attrs}><span class="a-offscreen">${text}</span></span>`;

describe('the buy-box price', () => {
  it('skips struck, basis, per-unit and hidden prices in the core price block', () => {
    const listing = page(`<div id="corePrice_feature_div">
      ${offscreen('$39.99', ' data-a-strike="true"')}
      <span class="basisPrice">List Price: ${offscreen('$35.00')}</span>
      <span class="pricePerUnit">${offscreen('$1.20')}</span>
      <span class="aok-hidden">${offscreen('$20.00')}</span>
      ${offscreen('$27.49')}</div>`);
    expect(listing.price).toEqual({ amount: 27.49, currency: 'USD' });
  });

  it('skips a unit price written in parentheses and a row labelled as a list price', () => {
    const listing = page(`<table id="price">
      <tr><td>List Price:</td><td><span id="priceblock_saleprice">$30.00</span></td></tr>
      <tr><td>Price:</td><td><span id="priceblock_ourprice">($1.99 / count)</span></td></tr></table>
      <div id="price_inside_buybox">$24.50</div>`);
    expect(listing.price).toEqual({ amount: 24.5, currency: 'USD' });
  });

  it('puts a split price back together when its screen-reader copy is empty', () => {
    const listing = page(
      `<div id="corePriceDisplay_desktop_feature_div"><span class="a-price priceToPay"><span class="a-offscreen"></span>
      <span class="a-price-whole">1.299<span class="a-price-decimal">,</span></span><span class="a-price-fraction">00</span>
      <span class="a-price-symbol">€</span></span></div>`,
      'de',
      'de-de',
    );
    expect(listing.price).toEqual({ amount: 1299, currency: 'EUR' });
  });

  it('takes the lower bound of a price range', () => {
    const listing = page(
      `<div id="corePrice_desktop"><span class="a-price-range">
      <span class="a-price a-text-price apexPriceToPay"><span class="a-offscreen">77,62€</span></span> -
      <span class="a-price a-text-price apexPriceToPay"><span class="a-offscreen">170,00€</span></span></span></div>`,
      'de',
      'de-de',
    );
    expect(listing.price).toEqual(EUR(77.62));
  });

  it('never reads a used offer: a buy box with only a used copy has no price', () => {
    const listing = page(`<div id="buybox"><div id="usedBuySection" class="rbbHeader">
      <span class="a-text-bold">Buy Used</span><span class="a-color-price offer-price">$12.98</span></div></div>
      <div id="mediaNoAccordion"><div class="a-accordion-row-container"><span class="header-text">Buy used</span>
      <span class="header-price">$11.00</span></div></div>`);
    expect(listing.price).toBeNull();
  });

  it('uses the storefront currency when the price text has no symbol', () => {
    expect(page('<span id="priceblock_ourprice">5.77</span>', 'ca').price).toEqual({ amount: 5.77, currency: 'CAD' });
    expect(page('<span id="priceblock_ourprice">5.77</span>', 'com').price).toEqual({ amount: 5.77, currency: 'USD' });
  });
});

describe('the byline, title and review count', () => {
  it('takes no brand from a contributor byline, and reads the brand row of the product details instead', () => {
    const listing = page(`<div id="bylineInfo">by <span class="author"><a href="/a">Ann Author</a>
      <span class="contribution"><span class="a-color-secondary">(Author)</span></span></span></div>
      <table id="productDetails_techSpec_section_1"><tr><th>Marke</th><td>Acme</td></tr></table>`);
    expect(listing.brand).toBe('Acme');
  });

  it('takes the linked store name out of a byline in a phrasing no storefront row knows', () => {
    const store = page('<a id="bylineInfo" href="/stores/WELEDA/page/5A1B">Zum WELEDA-Shop</a>', 'de', 'de-de');
    expect(store.brand).toBe('WELEDA');
    const brandPage = page('<a id="bylineInfo" href="/Bright-Line/b/ref=bl_dp_s_web">Shop all Bright Line goods</a>');
    expect(brandPage.brand).toBe('Bright Line');
    const elsewhere = page('<a id="bylineInfo" href="/stores/node/123">Shop Acme</a>');
    expect(elsewhere.brand).toBe('Shop Acme');
  });

  it('reads the classic layout brand link when there is no byline', () => {
    expect(page('<a id="brand" href="/Brightline/b/ref=bl_dp_s_web">Brightline</a>').brand).toBe('Brightline');
  });

  it('leaves a format label nested in the title out of it', () => {
    const listing = extractListing(
      parseHtmlDocument(
        '<span id="productTitle">Anthem <span class="a-size-medium a-color-secondary">Original recording</span></span>',
      ),
      'https://www.amazon.ca/dp/B07H57DNVV',
    );
    expect(listing.title).toBe('Anthem');
  });

  it('reads the count under the title, not a review widget quoting another storefront', () => {
    const listing = page(`<span id="acrCustomerWriteReviewText">Be the first to review this item</span>
      <div data-hook="cmps-customer-reviews-widget"><span data-hook="cmps-total-review-count">105 customer reviews</span></div>`);
    expect(listing.reviewCount).toBe(0);
  });

  it('takes the ASIN of the item shown (input#ASIN) over an earlier variation-parent input', () => {
    const listing = page(
      '<input type="hidden" name="ASIN" value="B07CLN88MV"><input type="hidden" id="ASIN" name="ASIN" value="B07CL39Z8Q">',
    );
    expect(listing.ids.asin).toBe('B07CL39Z8Q');
  });

  it.each([
    ['4.5 out of 5 stars', 4.5],
    ['4,6 von 5 Sternen', 4.6],
    ['5つ星のうち4.3', 4.3],
    ['5 yıldız üzerinden 4,5', 4.5],
    ['5.0 out of 5 stars', 5],
    ['no stars', undefined],
    ['7 of 10', undefined],
  ])('parseStarRating(%j) = %j', (text, rating) => {
    expect(parseStarRating(text)).toBe(rating);
  });
});

describe('the gallery', () => {
  const entry = (id: string, thumb?: string) =>
    JSON.stringify({
      hiRes: `https://m.media-amazon.com/images/I/${id}._AC_SL1500_.jpg`,
      ...(thumb ? { thumb: `https://m.media-amazon.com/images/I/${thumb}._AC_US40_.jpg` } : {}),
      main: { [`https://m.media-amazon.com/images/I/${id}._AC_SX679_.jpg`]: [679, 679] },
    });
  const strip = (ids: string[], video = false) =>
    `<div id="altImages"><ul>${ids
      .map(
        (id) =>
          `<li class="a-spacing-small item imageThumbnail"><img src="https://m.media-amazon.com/images/I/${id}._AC_US40_.jpg"></li>`,
      )
      .join(
        '',
      )}${video ? '<li class="a-spacing-small item videoThumbnail"><img src="https://m.media-amazon.com/images/I/v.png"></li>' : ''}
      <li class="a-spacing-small template"></li></ul></div>`;
  const data = (entries: string[]) =>
    `<script>P.when('A').register("ImageBlockATF", function(){ return {'colorImages': { 'initial': [${entries.join(',')}]}}; });</script>`;

  it('counts the pictures a full strip shows, one per thumbnail, when the data holds more', () => {
    const ids = ['a1', 'a2', 'a3', 'a4', 'a5', 'a6'];
    const entries = [...ids, 'a7', 'a8'].map((id) => entry(`6${id}`, `4${id}`));
    const listing = page(
      strip(
        ids.map((id) => `4${id}`),
        true,
      ) + data(entries),
    );
    expect(listing.images.map((i) => pictureIdOf(i.url))).toEqual(ids.map((id) => `6${id}`));
  });

  it('keeps every entry of the data when the strip is not full', () => {
    const entries = ['b1', 'b2', 'b3'].map((id) => entry(`6${id}`, `4${id}`));
    expect(page(strip(['4b1']) + data(entries)).images).toHaveLength(3);
  });

  it('reads picture ids from image URLs at any size', () => {
    expect(pictureIdOf('https://m.media-amazon.com/images/I/41Jn5%2Bxc4oL._SS40_.jpg')).toBe('41Jn5+xc4oL');
    expect(pictureIdOf('https://m.media-amazon.com/images/I/71trailA1.jpg')).toBe('71trailA1');
    expect(pictureIdOf('https://example.com/a.jpg')).toBeUndefined();
  });
});
