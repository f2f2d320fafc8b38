// Tests for the eBay adapter: country sites, item numbers, primary prices, item specifics, quantity wording, and seller feedback kept out of the rating.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../../../html/index.js';
import { extractListing } from '../../extract-listing.js';
import type { Listing } from '../../listing-types.js';
import { PageIndex } from '../../page-index.js';
import { ebayAdapter, ebayStock, itemNumberFromUrl, normalizeEbayPrice } from './ebay.js';

const URL_COM = 'https://www.ebay.com/itm/235012345678';

const TITLE = `<h1 class="x-item-title__mainTitle"><span class="ux-textspans ux-textspans--BOLD">Nintendo Switch OLED Console White</span></h1>`;
const SELLER = `<div class="x-sellercard-atf"><span class="ux-textspans--BOLD">games-outlet</span> <span>(48,213)</span>
  <div class="x-sellercard-atf__data-item">99.8% positive feedback</div></div>
  <div class="fdbk-detail-seller-rating"><span>Accurate description</span> <span>4.9</span></div>`;

function price(text: string): string {
  return `<div class="x-price-primary"><span class="ux-textspans">${text}</span></div>`;
}

function specific(label: string, value: string): string {
  return `<div class="ux-labels-values"><div class="ux-labels-values__labels"><span class="ux-textspans">${label}</span></div><div class="ux-labels-values__values"><div class="ux-labels-values__values-content"><span class="ux-textspans">${value}</span></div></div></div>`;
}

function quantity(text: string): string {
  return `<div class="x-quantity__availability">${text}</div>`;
}

function extract(body: string, url = URL_COM): Listing {
  return extractListing(parseHtmlDocument(`<html><body><div id="mainContent">${body}</div></body></html>`), url);
}

describe('ebayAdapter.matches', () => {
  const index = new PageIndex(parseHtmlDocument('<html><body></body></html>'));
  it.each([
    ['www.ebay.com', true],
    ['www.ebay.co.uk', true],
    ['www.ebay.de', true],
    ['www.ebay.fr', true],
    ['www.ebay.it', true],
    ['www.ebay.es', true],
    ['www.ebay.ca', true],
    ['www.ebay.com.au', true],
    ['ebay.com', true],
    ['www.ebay-kleinanzeigen.de', false],
    ['www.notebay.com', false],
    ['www.ebay.example', false],
  ])('%s → %s', (host, want) => {
    expect(ebayAdapter.matches(host, index)).toBe(want);
  });
});

describe('eBay listing fields', () => {
  it.each<[string, string, string, Partial<Listing>]>([
    ['US $ on ebay.com', price('US $299.99'), URL_COM, { price: { amount: 299.99, currency: 'USD' } }],
    [
      'EUR on ebay.de',
      price('EUR 12,99'),
      'https://www.ebay.de/itm/235012345678',
      { price: { amount: 12.99, currency: 'EUR' } },
    ],
    [
      '£ on ebay.co.uk',
      price('£8.50'),
      'https://www.ebay.co.uk/itm/235012345678',
      { price: { amount: 8.5, currency: 'GBP' } },
    ],
    [
      'C $ on ebay.ca',
      price('C $45.00'),
      'https://www.ebay.ca/itm/235012345678',
      { price: { amount: 45, currency: 'CAD' } },
    ],
    ['AU $ on ebay.com', price('AU $45.00'), URL_COM, { price: { amount: 45, currency: 'AUD' } }],
    [
      'the primary price, not the conversion or the struck price',
      `<div class="x-price-primary"><span class="ux-textspans">GBP 20.00</span></div>
       <div class="x-price-approx"><span class="ux-textspans">Approximately US $25.31</span></div>
       <div class="x-additional-info"><span class="ux-textspans--STRIKETHROUGH">GBP 30.00</span></div>`,
      URL_COM,
      { price: { amount: 20, currency: 'GBP' } },
    ],
    [
      'the old layout: "Details about" left out, the price from its microdata',
      `<h1 id="itemTitle"><span class="g-hdn">Details about  </span>Vintage Omega Seamaster Watch</h1>
       <span id="prcIsum" itemprop="price" content="1250.0">US $1,250.00</span><span itemprop="priceCurrency" content="USD"></span>`,
      'https://www.ebay.com/itm/Vintage-Omega-Seamaster/123456789012',
      {
        title: 'Vintage Omega Seamaster Watch',
        price: { amount: 1250, currency: 'USD' },
        ids: { itemId: '123456789012' },
      },
    ],
    [
      'brand and GTIN from item specifics; "Does not apply" is no GTIN',
      `${TITLE}${specific('Brand', 'Nintendo')}${specific('UPC', 'Does not apply')}${specific('EAN', '0045496883386')}`,
      URL_COM,
      { brand: 'Nintendo', ids: { itemId: '235012345678', gtin: '0045496883386' } },
    ],
    [
      'French item specifics',
      `${TITLE}${specific('Marque', 'Nintendo')}`,
      'https://www.ebay.fr/itm/235012345678',
      { brand: 'Nintendo' },
    ],
    [
      'seller feedback is not a rating; product ratings are',
      `${TITLE}${SELLER}`,
      URL_COM,
      { rating: null, reviewCount: null },
    ],
    [
      'product ratings by the title',
      `${TITLE}<div class="x-star-rating"><span class="clipped">4.9 out of 5 stars.</span><span class="ux-summary__count">1,204 product ratings</span></div>${SELLER}`,
      URL_COM,
      { rating: 4.9, reviewCount: 1204 },
    ],
    [
      'more than 10 available, 45 sold',
      quantity('More than 10 available <span>45 sold</span>'),
      URL_COM,
      { availability: 'InStock' },
    ],
    ['last one', quantity('Last one'), URL_COM, { availability: 'InStock' }],
    ['only a sold count says nothing about stock', quantity('<span>45 sold</span>'), URL_COM, { availability: null }],
    ['out of stock', quantity('Out of stock'), URL_COM, { availability: 'OutOfStock' }],
    [
      'an ended listing, whatever its quantity line says',
      `<div class="d-statusmessage">This listing was ended by the seller because the item is no longer available.</div>${quantity('3 available')}`,
      URL_COM,
      { availability: 'OutOfStock' },
    ],
    [
      'the item number from the labelled line when the URL has none',
      `${TITLE}<div class="ux-layout-section__textual-display--itemId"><span>eBay item number:</span><span class="ux-textspans--BOLD">335544332211</span></div>`,
      'https://www.ebay.com/p/12345?iid=1',
      { ids: { itemId: '335544332211' } },
    ],
  ])('%s', (_name, body, url, want) => {
    expect(extract(body, url)).toMatchObject(want);
  });

  it('images: the carousel at full size (lazy ones too), not the filmstrip thumbnails', () => {
    const body = `<div class="ux-image-carousel">
      <div class="ux-image-carousel-item"><img src="https://i.ebayimg.com/images/g/AAA/s-l500.jpg" data-zoom-src="https://i.ebayimg.com/images/g/AAA/s-l1600.jpg"></div>
      <div class="ux-image-carousel-item"><img data-src="https://i.ebayimg.com/images/g/BBB/s-l500.jpg"></div></div>
      <div class="ux-image-filmstrip-carousel-item"><img src="https://i.ebayimg.com/images/g/AAA/s-l140.jpg"></div>`;
    expect(extract(body).images.map((i) => i.url)).toEqual([
      'https://i.ebayimg.com/images/g/AAA/s-l1600.jpg',
      'https://i.ebayimg.com/images/g/BBB/s-l500.jpg',
    ]);
  });

  it('an empty page is still an eBay listing with its item number, without a throw', () => {
    const listing = extract('');
    expect(listing.store).toBe('ebay');
    expect(listing.ids.itemId).toBe('235012345678');
    expect(listing.price).toBeNull();
  });
});

describe('eBay parsers', () => {
  it.each([
    ['https://www.ebay.com/itm/235012345678', '235012345678'],
    ['https://www.ebay.com/itm/Nintendo-Switch-OLED/235012345678?hash=item36b8', '235012345678'],
    ['https://www.ebay.de/itm/235012345678?var=0', '235012345678'],
    ['https://cgi.ebay.com/ws/eBayISAPI.dll?ViewItem&item=235012345678', '235012345678'],
    ['https://www.ebay.com/p/12345678', undefined],
    ['https://www.ebay.com/itm/12345', undefined],
    ['nonsense', undefined],
  ])('itemNumberFromUrl(%j) = %j', (url, want) => {
    expect(itemNumberFromUrl(url)).toBe(want);
  });

  it.each([
    ['US $12.99', 'US$12.99'],
    ['C $5.00', 'C$5.00'],
    ['AU $5.00', 'AU$5.00'],
    ['EUR 12,99', 'EUR 12,99'],
    ['$5.00', '$5.00'],
  ])('normalizeEbayPrice(%j) = %j', (text, want) => {
    expect(normalizeEbayPrice(text)).toBe(want);
  });

  it.each([
    ['More than 10 available', 'InStock'],
    ['Mehr als 10 verfügbar 47 verkauft', 'InStock'],
    ['Plus de 10 disponibles', 'InStock'],
    ['Dernier article', 'InStock'],
    ['0 available', 'OutOfStock'],
    ['Nicht verfügbar', 'OutOfStock'],
    ['Indisponible', 'OutOfStock'],
    ['Out of Stock', 'OutOfStock'],
    ['45 sold', undefined],
    ['', undefined],
  ])('ebayStock(%j) = %j', (text, want) => {
    expect(ebayStock(text)).toBe(want);
  });

  it('itemNumberFromUrl reads back any 9–15 digit item number in a listing path', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[1-9]\d{8,14}$/), fc.stringMatching(/^[A-Za-z0-9-]{0,40}$/), (id, slug) => {
        const path = slug ? `/itm/${slug}/${id}` : `/itm/${id}`;
        expect(itemNumberFromUrl(`https://www.ebay.com${path}?hash=x`)).toBe(id);
      }),
      { numRuns: 500, seed: 14 },
    );
  });
});
