/// <reference lib="dom" />
/** Otto adapter (otto.de): the `pdp_` product-detail markup (gallery slides, selling-price block, selling points, review summary) and the page's own JSON (`avJson`, online-marketing data). */
import {
  asRecord,
  asString,
  cleanText,
  isHidden,
  parseCount,
  parseNumber,
  safeJson,
  textOf,
  visibleText,
} from '../../dom.js';
import { type AdapterContext, fill, fillId, fillImages, fillList, fillPrice, priceFromText } from '../../draft.js';
import type { ListingImage, ListingPrice } from '../../listing-types.js';
import { statesNoReviews } from '../../no-reviews.js';
import { availabilityFromText } from '../../stock-text.js';
import { type ProductFacts, productFacts } from '../../structured-data/product-node.js';
import { isHostOf, type StoreAdapter, type StructuredInput } from './store-adapter.js';

/** Gallery slides and thumbnails read, at most (Otto shows up to a few dozen). */
const MAX_SLIDES = 200;
/** Characters of one of Otto's small JSON scripts read. */
const MAX_JSON_CHARS = 100_000;

/** Otto's image id: the path segment after `/i/otto/` ("https://i.otto.de/i/otto/02f8…-…?$formatz$" → "02f8…"). */
export function ottoImageKey(url: string): string {
  const at = url.indexOf('/i/otto/');
  if (at < 0) return url;
  const rest = url.slice(at + 8);
  let end = rest.length;
  for (const stop of ['/', '?', '#']) {
    const i = rest.indexOf(stop);
    if (i >= 0 && i < end) end = i;
  }
  return rest.slice(0, end);
}

/** A JSON script found by a selector, parsed (objects only), or undefined. */
function jsonScript(ctx: AdapterContext, selector: string): Record<string, unknown> | undefined {
  const script = ctx.index.first(selector);
  if (!script) return undefined;
  const parsed = safeJson((script.textContent ?? '').slice(0, MAX_JSON_CHARS));
  return parsed.ok ? asRecord(parsed.value) : undefined;
}

/** A slide that shows a video (a player or a video id), which is not a gallery image. */
function isVideoSlide(el: Element): boolean {
  if ((el.getAttribute('class') ?? '').toLowerCase().includes('video')) return true;
  return el.getAttributeNames().some((name) => name.includes('video'));
}

function dimension(el: Element, name: string): number | undefined {
  const n = Number(el.getAttribute(name));
  return Number.isFinite(n) && n > 0 ? n : undefined;
}

/**
 * The main gallery, one image per Otto image id: the carousel slides (`data-image-src`, or the id on
 * the image CDN), else the thumbnail strip (`data-img-src`). JSON-LD lists only the first three.
 */
export function ottoGallery(ctx: AdapterContext): (ListingImage & { el: Element })[] {
  const seen = new Set<string>();
  const out: (ListingImage & { el: Element })[] = [];
  const add = (url: string, el: Element, extra: Omit<ListingImage, 'url'> = {}) => {
    const key = ottoImageKey(url);
    if (!url || seen.has(key)) return;
    seen.add(key);
    out.push({ url, ...extra, el });
  };
  for (const slide of ctx.index.all('.js_pdp_main-image__slide').slice(0, MAX_SLIDES)) {
    if (isVideoSlide(slide)) continue;
    const id = cleanText(slide.getAttribute('data-image-id'));
    const url = cleanText(slide.getAttribute('data-image-src')) || (id ? `https://i.otto.de/i/otto/${id}` : '');
    const width = dimension(slide, 'data-image-width');
    const height = dimension(slide, 'data-image-height');
    const alt = slide.getAttribute('data-image-alt');
    add(url, slide, {
      ...(width ? { width } : {}),
      ...(height ? { height } : {}),
      ...(alt !== null ? { alt: cleanText(alt) } : {}),
    });
  }
  if (out.length > 0) return out;
  for (const thumb of ctx.index.all('.js_pdp_alternate-images__thumbnail').slice(0, MAX_SLIDES)) {
    if (isVideoSlide(thumb)) continue;
    const img = thumb.querySelector('img');
    add(cleanText(thumb.getAttribute('data-img-src') ?? img?.getAttribute('src')), thumb);
  }
  return out;
}

/** A price block the shopper does not pay now: hidden until a coupon applies ("-30% Extra"), or struck through. */
function isConditionalPrice(block: Element): boolean {
  return isHidden(block) || block.hasAttribute('data-benefit-id');
}

/**
 * The selling price in the product's price block: the visible retail price, never the UVP (struck
 * through), a coupon price shown only after a benefit is applied, or the per-piece price beside it.
 */
export function ottoSellingPrice(ctx: AdapterContext): { price: ListingPrice; el: Element } | undefined {
  const box = ctx.index.first('.js_pdp_price') ?? ctx.index.first('.pdp_price');
  if (!box) {
    // The older `prd_` layout: the reduced price when there is one, else the normal price.
    for (const el of [ctx.index.first('#reducedPriceAmount'), ctx.index.first('#normalPriceAmount')]) {
      const price = el && !isHidden(el) ? priceFromText(ctx, visibleText(el, { maxChars: 80 }), 'EUR') : undefined;
      if (el && price) return { price, el };
    }
    return undefined;
  }
  const tagged = box.querySelector('[data-price-cents]');
  const cents = tagged ? Number(tagged.getAttribute('data-price-cents')) : Number.NaN;
  if (tagged && !isConditionalPrice(tagged) && Number.isSafeInteger(cents) && cents > 0)
    return { price: { amount: cents / 100, currency: 'EUR' }, el: tagged };
  for (const block of Array.from(box.querySelectorAll('.js_pdp_price__price, .pdp_price__price')).slice(0, 10)) {
    if (isConditionalPrice(block)) continue;
    const el =
      block.querySelector('.js_pdp_price__retail-price__value_, .js_pdp_price__retail-price__value') ??
      block.querySelector('.pdp_price__retail-price') ??
      block;
    const text = visibleText(el, {
      skip: (e) => /norm-price|strike-through/.test(e.getAttribute('class') ?? ''),
      maxChars: 80,
    });
    const price = priceFromText(ctx, text, 'EUR');
    if (price) return { price, el };
  }
  return undefined;
}

/** Inside a recommendation block (`pdp_reco-…`), whose tiles carry other products' stars and prices. */
function inRecommendations(el: Element): boolean {
  let node: Element | null = el.parentElement;
  for (let depth = 0; node && depth < 10; depth++, node = node.parentElement) {
    if ((node.getAttribute('class') ?? '').includes('reco')) return true;
  }
  return false;
}

/** The review summary beside the heading: stars (rounded, in `content`) and "(48)" approved reviews. */
function reviewSummary(ctx: AdapterContext): { rating?: number; count?: number; el: Element } | undefined {
  const box =
    ctx.index
      .all('.cr_aggregation')
      .slice(0, 20)
      .find((el) => !inRecommendations(el)) ??
    ctx.index.first('.pdp_cr-rating') ??
    ctx.index.first('.js_pdp_cr-rating') ??
    null;
  const stars =
    box?.querySelector('[data-qa="cr-ratingStars"], [itemprop="ratingValue"]') ??
    ctx.index.first('.js_pdp_cr-rating-score') ??
    ctx.index.first('.pdp_cr-rating-score');
  const amount =
    box?.querySelector('[data-qa="cr-aggregations-approved"]') ?? ctx.index.first('.js_pdp_cr-rating--review-count');
  const ratingText = stars ? (stars.getAttribute('content') ?? textOf(stars)) : undefined;
  const rating = parseNumber(ratingText);
  const count = amount ? parseCount(textOf(amount)) : null;
  const el = stars ?? amount ?? box;
  if (!el) return undefined;
  return {
    ...(rating !== null && rating > 0 && rating <= 5 ? { rating } : {}),
    ...(count !== null ? { count } : {}),
    el,
  };
}

/** "Für diesen Artikel wurde noch keine Bewertung abgegeben." in the review section. */
function noReviewsNote(ctx: AdapterContext): Element | undefined {
  const el = ctx.index.first('.cr_reviewHeadline__noReviews-text');
  return el && statesNoReviews(textOf(el)) ? el : undefined;
}

/** The stock line: the availability tracking data ("lieferbar_-_in_2-3_werktagen") or the delivery note. */
function stockLine(ctx: AdapterContext): { status: string; el?: Element } | undefined {
  const view = asString(jsonScript(ctx, 'script#availabilityTrackingData')?.product_AvailabilityView);
  const fromData = view ? availabilityFromText(view.replace(/_/g, ' ')) : undefined;
  if (fromData) return { status: fromData.status };
  const note = ctx.index.first('.pdp_delivery__note') ?? ctx.index.first('.js_pdp_delivery');
  const fromNote = note ? availabilityFromText(visibleText(note, { separate: true, maxChars: 300 })) : undefined;
  return fromNote && note ? { status: fromNote.status, el: note } : undefined;
}

function firstFacts(structured: StructuredInput): ProductFacts | undefined {
  return structured.jsonLd.map(productFacts).find((f) => f.title !== undefined);
}

function extractOtto(ctx: AdapterContext, structured: StructuredInput): void {
  const dom = 'otto-dom';
  const data = 'otto-data';
  const facts = firstFacts(structured);
  const marketing = jsonScript(ctx, 'script.js_pdp_online-marketing__dataJson');
  const av = jsonScript(ctx, 'script#avJson');

  const heading =
    ctx.index.first('.pdp_variation-name') ??
    ctx.index.first('.pdp_short-info__main-name') ??
    ctx.index.first('.js_pdp_short-info__main-name');
  if (heading) fill(ctx, 'title', visibleText(heading, { separate: true }), dom, heading, 0.95);
  fill(ctx, 'title', asString(marketing?.name), data, null, 0.85);

  const brandLink = ctx.index.first('.js_pdp_short-info__brand-link') ?? ctx.index.first('.pdp_short-info__brand-link');
  const brandLogo = ctx.index.first('.pdp_details-short-info__brand-image')?.querySelector('[data-brand]');
  fill(ctx, 'brand', brandLink ? textOf(brandLink) : undefined, dom, brandLink, 0.9);
  fill(ctx, 'brand', cleanText(brandLogo?.getAttribute('data-brand')), dom, brandLogo, 0.9);
  fill(ctx, 'brand', asString(av?.brand), data, null, 0.85);

  // Otto's article number is JSON-LD's `sku`; the visible "Artikel-Nr." adds a size suffix.
  fillId(ctx, 'sku', asString(marketing?.articleNumber), data, null, 0.9);

  const selling = ottoSellingPrice(ctx);
  if (selling) fillPrice(ctx, selling.price, dom, selling.el, 0.9);
  const retailCents = Number(asString(av?.retailPrice));
  if (Number.isSafeInteger(retailCents) && retailCents > 0)
    fillPrice(ctx, { amount: retailCents / 100, currency: 'EUR' }, data, null, 0.8);

  fillImages(ctx, ottoGallery(ctx), dom);
  const points = ctx.index.first('.pdp_selling-points') ?? ctx.index.first('.js_pdp_selling-points');
  if (points) {
    const items = Array.from(points.querySelectorAll('li')).map((li) => ({ text: textOf(li), el: li }));
    fillList(ctx, 'bullets', items, dom, '.pdp_selling-points li');
  }

  // JSON-LD's stock, rating (unrounded) and count come first; the markup fills what it lacks.
  if (!facts?.availability) {
    const stock = stockLine(ctx);
    if (stock) fill(ctx, 'availability', stock.status, dom, stock.el ?? null, 0.75);
  }
  if (facts?.rating === undefined || facts.reviewCount === undefined) {
    const summary = reviewSummary(ctx);
    if (facts?.rating === undefined && summary?.rating !== undefined)
      fill(ctx, 'rating', summary.rating, dom, summary.el, 0.8);
    if (facts?.reviewCount === undefined && summary?.count !== undefined)
      fill(ctx, 'reviewCount', summary.count, dom, summary.el, 0.85);
    const none = facts?.reviewCount === undefined ? noReviewsNote(ctx) : undefined;
    if (none) fill(ctx, 'reviewCount', 0, dom, none, 0.85);
  }
}

export const ottoAdapter: StoreAdapter = {
  id: 'otto',
  matches: (host) => isHostOf(host, 'otto.de'),
  extract: extractOtto,
};
