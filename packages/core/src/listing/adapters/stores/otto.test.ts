// Tests for the Otto adapter: host matching, the gallery slides, the selling price (not UVP, coupon or per-piece), the review summary and the page's JSON.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../../../html/index.js';
import { extractListing } from '../../extract-listing.js';
import type { Listing } from '../../listing-types.js';
import { PageIndex } from '../../page-index.js';
import { ottoAdapter, ottoImageKey } from './otto.js';

const URL = 'https://www.otto.de/p/tom-tailor-strickjacke-cardigan-S0K4X0N7/';

const jsonLd = (node: Record<string, unknown>) =>
  `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org/', '@type': 'Product', ...node })}</script>`;

const slide = (id: string, extra = '') =>
  `<div class="pl_sliding-carousel__slide js_pdp_main-image__slide" data-image-id="${id}" data-image-src="https://i.otto.de/i/otto/${id}" ${extra}></div>`;

const priceBlock = `<div class="pdp_price js_pdp_price">
  <div class="pdp_price__discount"><span class="pdp_price__discount-label">UVP <span class="pdp_price__strike-through-price">45,99&nbsp;€</span></span></div>
  <div class="pdp_price__price js_pdp_price__price"><div class="pdp_price__price-parts">
    <div class="pdp_price__retail-price"><span class="pl_headline300">29,99&nbsp;€</span></div>
    <div class="pdp_price__norm-price">10,00&nbsp;€/1 Stück</div>
  </div></div>
  <div class="pdp_price__price pl_mt100 pl_hidden" data-benefit-id="10881"><div class="pdp_price__retail-price pdp_price__retail-price--sale"><span>20,99&nbsp;€</span></div></div>
</div>`;

const summary = (stars: string, count: string) =>
  `<div class="cr_aggregation"><span data-qa="cr-ratingStars" content="${stars}"></span><span data-qa="cr-aggregations-approved">(${count})</span></div>`;

function page(head: string, body: string): string {
  return `<html lang="de-DE"><head><title>Strickjacke | OTTO</title>${head}</head><body>${body}</body></html>`;
}

function extract(html: string, url = URL): Listing {
  return extractListing(parseHtmlDocument(html), url);
}

type Fields = Pick<Listing, 'title' | 'brand' | 'price' | 'availability' | 'rating' | 'reviewCount' | 'ids'> & {
  images: number;
  bullets: number;
};

function fields(listing: Listing): Fields {
  const { title, brand, price, availability, rating, reviewCount, ids } = listing;
  return {
    title,
    brand,
    price,
    availability,
    rating,
    reviewCount,
    ids,
    images: listing.images.length,
    bullets: listing.bullets.length,
  };
}

const EUR = (amount: number) => ({ amount, currency: 'EUR' });

describe('ottoAdapter.matches', () => {
  const index = new PageIndex(parseHtmlDocument('<html><body></body></html>'));
  it.each([
    ['www.otto.de', true],
    ['otto.de', true],
    ['m.otto.de', true],
    ['ottoversand.at', false],
    ['otto.nl', false],
    ['www.motto.de', false],
  ])('%s → %s', (host, want) => {
    expect(ottoAdapter.matches(host, index)).toBe(want);
  });
});

describe('Otto product pages', () => {
  it.each<[string, string, Partial<Fields>]>([
    [
      'the gallery slides (JSON-LD lists only three), one per image id, videos left out',
      page(
        jsonLd({
          name: 'Strickjacke',
          image: ['https://i.otto.de/i/otto/a1/x.jpg', 'https://i.otto.de/i/otto/b2/x.jpg'],
        }),
        `<h1 class="pdp_variation-name">Strickjacke</h1>${slide('a1')}${slide('b2')}${slide('c3')}${slide('c3')}${slide('d4')}<div class="js_pdp_main-image__slide" data-video-id="v9"></div>`,
      ),
      { title: 'Strickjacke', images: 4 },
    ],
    [
      'the selling price, not the UVP, the hidden "-30% Extra" price or the per-piece price',
      page('', `<h1 class="pdp_variation-name">Shirt (3er-Pack)</h1>${priceBlock}`),
      { price: EUR(29.99) },
    ],
    [
      'the older prd_ layout: the reduced price, not the normal one',
      page(
        '',
        '<h1 class="pdp_variation-name">Sneaker</h1><div class="prd_price__main"><span id="normalPriceAmount" class="prd_price__amount--struck">89,99 €</span><span id="reducedPriceAmount">69,99 €</span></div>',
      ),
      { price: EUR(69.99) },
    ],
    [
      'the avJson retail price (cents) when the price block is missing',
      page(
        '',
        '<h1 class="pdp_variation-name">Shirt</h1><script id="avJson" type="application/json">{"brand":"H.I.S","retailPrice":"1299"}</script>',
      ),
      { price: EUR(12.99), brand: 'H.I.S' },
    ],
    [
      "JSON-LD's unrounded rating and its count beat the summary's rounded stars",
      page(
        jsonLd({ name: 'Pullover', aggregateRating: { ratingValue: '4.7083333333', reviewCount: '48' } }),
        `<h1 class="pdp_variation-name">Pullover</h1>${summary('4.5', '48')}`,
      ),
      { rating: 4.7083333333, reviewCount: 48 },
    ],
    [
      'the review summary without JSON-LD; a recommendation tile’s stars are not the product’s',
      page(
        '',
        `<h1 class="pdp_variation-name">Pullover</h1><div class="pdp_reco-alternative">${summary('3.5', '7')}</div>${summary('4.5', '1.204')}`,
      ),
      { rating: 4.5, reviewCount: 1204 },
    ],
    [
      '"noch keine Bewertung" is a count of 0',
      page(
        '',
        '<h1 class="pdp_variation-name">Kühlschrank</h1><p class="cr_reviewHeadline__noReviews-text">Für diesen Artikel wurde noch keine Bewertung abgegeben.</p>',
      ),
      { reviewCount: 0, rating: null },
    ],
    [
      'the article number from the online-marketing data, not the visible "Artikel-Nr." with its size suffix',
      page(
        '',
        `<h1 class="pdp_variation-name">Jeans</h1><div class="pdp_article-number">Artikel-Nr. <span class="pdp_article-number__number">S0T59063HOVP2</span></div>
         <script class="js_pdp_online-marketing__dataJson" type="application/json">{"articleNumber":"S0T59063HOV","name":"Jeans"}</script>`,
      ),
      { ids: { sku: 'S0T59063HOV' } },
    ],
    [
      'the brand link of the short info and the stock line of the delivery note',
      page(
        '',
        `<div class="pdp_short-info__main-name js_pdp_short-info__main-name">Neues Layout Kleid</div><a class="js_pdp_short-info__brand-link">Vero Moda</a>
         <div class="pdp_delivery__note"><span>ausverkauft</span></div><div class="pdp_selling-points"><ul><li>Midi-Länge</li><li>Viskose</li></ul></div>`,
      ),
      { title: 'Neues Layout Kleid', brand: 'Vero Moda', availability: 'OutOfStock', bullets: 2 },
    ],
  ])('%s', (_name, html, want) => {
    const listing = extract(html);
    expect(listing.store).toBe('otto');
    expect(fields(listing)).toMatchObject(want);
  });

  it('broken page JSON still yields the generic result, without throwing', () => {
    const html = page(
      jsonLd({
        name: 'Jacke',
        brand: { '@type': 'Brand', name: 'Esprit' },
        offers: { price: '59.99', priceCurrency: 'EUR' },
      }),
      '<h1 class="pdp_variation-name">Jacke</h1><script id="avJson" type="application/json">{"brand":</script><script class="js_pdp_online-marketing__dataJson" type="application/json">not json</script><div class="js_pdp_price"></div>',
    );
    const listing = extract(html);
    expect(fields(listing)).toMatchObject({ title: 'Jacke', brand: 'Esprit', price: EUR(59.99), images: 0 });
    expect(listing.warnings).toEqual([]);
  });
});

describe('ottoImageKey', () => {
  it.each([
    ['https://i.otto.de/i/otto/02f85090-393a/samsung.jpg?$formatz$', '02f85090-393a'],
    ['https://i.otto.de/i/otto/02f85090-393a?$001PICT36$&fmt=auto', '02f85090-393a'],
    ['https://i.otto.de/i/otto/02f85090-393a', '02f85090-393a'],
    ['https://cdn.example/x.jpg', 'https://cdn.example/x.jpg'],
  ])('%s → %s', (url, key) => {
    expect(ottoImageKey(url)).toBe(key);
  });

  it('is the same id for every size and name of one image', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9a-f-]{8,36}$/), fc.stringMatching(/^[a-z0-9-]{0,30}$/), (id, name) => {
        const base = `https://i.otto.de/i/otto/${id}`;
        expect(ottoImageKey(`${base}/${name}.jpg?$formatz$`)).toBe(ottoImageKey(`${base}?$001PICT36$`));
      }),
      { numRuns: 300, seed: 14 },
    );
  });
});
