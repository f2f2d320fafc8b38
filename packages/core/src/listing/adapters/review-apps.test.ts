// Tests for the review-app readers: each app's widget markup, the product's widget chosen by id or by nearness, and badges of other products left out.
import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../../html/index.js';
import type { AdapterContext } from '../draft.js';
import { emptyListing } from '../listing-types.js';
import { PageIndex } from '../page-index.js';
import { fillFromReviewApps, findReviewWidget } from './review-apps.js';

function contextOf(body: string): AdapterContext {
  const doc = parseHtmlDocument(`<html><head></head><body>${body}</body></html>`);
  return {
    doc,
    index: new PageIndex(doc),
    url: 'https://shop.example/p',
    listing: emptyListing(),
    locale: 'en',
    warn: () => {},
  };
}

const judgeme = (id: string, rating: string, count: string) =>
  `<div class="jdgm-widget jdgm-preview-badge" data-id="${id}"><div class="jdgm-prev-badge" data-average-rating="${rating}" data-number-of-reviews="${count}"><span class="jdgm-prev-badge__text">${count} reviews</span></div></div>`;
const loox = (id: string, rating: string, raters: string) =>
  `<div class="loox-rating" data-id="${id}" data-rating="${rating}" data-raters="${raters}"></div>`;

describe('review app widgets', () => {
  it.each<[string, string, { app: string; rating?: number; reviewCount?: number }]>([
    ['Judge.me preview badge', judgeme('1', '4.62', '87'), { app: 'judgeme', rating: 4.62, reviewCount: 87 }],
    [
      'Judge.me review widget',
      '<div class="jdgm-widget jdgm-review-widget" data-id="1"><div class="jdgm-rev-widg" data-average-rating="4.10" data-number-of-reviews="12"></div></div>',
      { app: 'judgeme', rating: 4.1, reviewCount: 12 },
    ],
    [
      'Judge.me badge with no reviews',
      judgeme('1', '0.00', '0'),
      { app: 'judgeme', rating: undefined, reviewCount: 0 },
    ],
    [
      'Yotpo bottom line',
      '<div class="yotpo bottomLine" data-product-id="1"><div class="yotpo-bottomline pull-left star-clickable"><span class="yotpo-stars"><span class="yotpo-icon yotpo-icon-star"></span><span class="sr-only">4.7 star rating</span></span><a href="javascript:void(0)" class="text-m" aria-label="1,203 reviews">1,203 Reviews</a></div></div>',
      { app: 'yotpo', rating: 4.7, reviewCount: 1203 },
    ],
    [
      'Okendo star rating',
      '<div data-oke-star-rating data-oke-reviews-product-id="shopify-1"><div class="oke-sr"><div class="oke-sr-rating"> 4.8 </div><div class="oke-sr-count"><span class="oke-sr-count-number">2,541</span><span class="oke-sr-label-text"> Reviews</span></div></div></div>',
      { app: 'okendo', rating: 4.8, reviewCount: 2541 },
    ],
    [
      'Stamped badge',
      '<span class="stamped-product-reviews-badge stamped-main-badge" data-id="1"><span class="stamped-badge" data-rating="4.6" data-lang="en"><span class="stamped-badge-caption" data-reviews="25" data-rating="4.6">25 Reviews</span></span></span>',
      { app: 'stamped', rating: 4.6, reviewCount: 25 },
    ],
    ['Loox rating', loox('1', '4.9', '30'), { app: 'loox', rating: 4.9, reviewCount: 30 }],
    ['Loox rating out of range (count only)', loox('1', '47', '3'), { app: 'loox', rating: undefined, reviewCount: 3 }],
    [
      'Shopify Product Reviews badge',
      '<span class="shopify-product-reviews-badge" data-id="1"><div class="spr-badge" id="spr_badge_1" data-rating="4.5"><span class="spr-badge-caption">12 reviews</span></div></span>',
      { app: 'spr', rating: 4.5, reviewCount: 12 },
    ],
  ])('reads the %s', (_label, html, expected) => {
    const { app, rating, reviewCount } = findReviewWidget(contextOf(html), { productId: '1' }) ?? { app: 'none' };
    expect({ app, rating, reviewCount }).toEqual(expected);
  });

  it.each<[string, string]>([
    ['an empty Loox badge', '<div class="loox-rating" data-id="1" data-rating="" data-raters=""></div>'],
    [
      'a Yotpo main widget without a bottom line',
      '<div class="yotpo yotpo-main-widget" data-product-id="1"><span class="sr-only">5 star rating</span></div>',
    ],
  ])('reads nothing from %s', (_label, html) => {
    expect(findReviewWidget(contextOf(html), { productId: '1' })).toBeUndefined();
  });
});

describe('choosing the product’s widget', () => {
  const grid = `<div class="product-recommendations"><ul><li class="grid__item">${judgeme('2', '3.90', '412')}</li></ul></div>`;

  it('takes the widget naming the product id, wherever it is', () => {
    const ctx = contextOf(`${judgeme('2', '3.90', '412')}<h1>Fjell</h1>${judgeme('1', '4.62', '87')}`);
    expect(findReviewWidget(ctx, { productId: '1' })?.rating).toBe(4.62);
  });

  it('skips a related grid and takes the badge nearest the heading when no id is known', () => {
    const ctx = contextOf(`${grid}<div class="product"><h1>Fjell</h1>${loox('', '4.4', '9')}</div>${grid}`);
    const heading = ctx.index.first('h1');
    expect(findReviewWidget(ctx, { anchor: heading })?.rating).toBe(4.4);
  });

  it('finds nothing when only other products carry badges', () => {
    const ctx = contextOf(`<h1>Fjell</h1>${grid}`);
    expect(findReviewWidget(ctx, { anchor: ctx.index.first('h1') })).toBeUndefined();
  });

  it('fills the rating and count with the app as the strategy, and no rating for zero reviews', () => {
    const rated = contextOf(loox('1', '4.9', '30'));
    fillFromReviewApps(rated, { productId: '1' });
    expect([rated.listing.rating, rated.listing.reviewCount, rated.listing.extraction.fields.rating?.source]).toEqual([
      4.9,
      30,
      'loox-widget',
    ]);
    const empty = contextOf(judgeme('1', '5.00', '0'));
    fillFromReviewApps(empty, { productId: '1' });
    expect([empty.listing.rating, empty.listing.reviewCount]).toEqual([null, 0]);
  });
});
