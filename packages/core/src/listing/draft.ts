/// <reference lib="dom" />
/** Extraction draft: adapters fill fields in priority order; the first source to provide a value wins. */

import { currencyFromDomain, parsePriceText, resolveCurrency } from './currency.js';
import { selectorFor } from './dom.js';
import { clipText } from './html-text.js';
import {
  LISTING_LIMITS,
  type Listing,
  type ListingImage,
  type ListingPrice,
  type ListingTruncatedField,
} from './listing-types.js';
import type { PageIndex } from './page-index.js';

export interface AdapterContext {
  doc: Document;
  /** One-walk index of the document; adapters query it instead of the document. */
  index: PageIndex;
  url: string;
  listing: Listing;
  /** `<html lang>`, lower-cased, for currency symbols. */
  locale: string | null;
  warn(message: string): void;
  /**
   * Fields an adapter has decided, even when it left them empty (Etsy's structured rating is the shop's, not
   * the item's): later sources may not fill them. Keys are field names or `ids.<key>`.
   */
  settled?: Set<string>;
}

type ScalarField = 'title' | 'brand' | 'description' | 'availability' | 'rating' | 'reviewCount';
type ListField = 'bullets' | 'breadcrumbs';

function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}

/** How sure each strategy is by default (see `ListingSource.confidence`); unknown strategies get 0.6. */
const STRATEGY_CONFIDENCE: Record<string, number> = {
  'amazon-dom': 0.95,
  'walmart-next-data': 0.95,
  'next-data': 0.9,
  'shopify-product-json': 0.9,
  'shopify-analytics': 0.85,
  'json-ld': 0.9,
  microdata: 0.85,
  'main-heading': 0.9,
  'buy-box': 0.8,
  'open-graph': 0.7,
  'labelled-id': 0.75,
  'page-title': 0.5,
  'url-path': 0.8,
};

/** Where a value came from; `el` (when the value came from a DOM element) becomes a selector. */
export function source(
  strategy: string,
  el?: Element | null,
  index?: PageIndex,
  confidence = STRATEGY_CONFIDENCE[strategy] ?? 0.6,
): { source: string; selector?: string; confidence: number } {
  const sure = Math.round(Math.min(1, Math.max(0, confidence)) * 100) / 100;
  return el
    ? { source: strategy, selector: selectorFor(el, index), confidence: sure }
    : { source: strategy, confidence: sure };
}

/** Adds `count` dropped characters or items to `listing.truncated[field]` (created on first use). */
export function noteTruncated(listing: Listing, field: ListingTruncatedField, count: number): void {
  if (!(count > 0)) return;
  listing.truncated ??= {};
  listing.truncated[field] = (listing.truncated[field] ?? 0) + count;
}

/** Characters kept per text field; longer values are cut and the drop counted. */
const TEXT_LIMITS: Partial<Record<ScalarField, [max: number, field: ListingTruncatedField | undefined]>> = {
  title: [LISTING_LIMITS.titleChars, 'title'],
  brand: [LISTING_LIMITS.brandChars, 'brand'],
  description: [LISTING_LIMITS.descriptionChars, 'description'],
  availability: [LISTING_LIMITS.shortChars, undefined],
};

export function fill<K extends ScalarField>(
  ctx: AdapterContext,
  field: K,
  value: Listing[K] | undefined,
  strategy: string,
  el?: Element | null,
  confidence?: number,
): boolean {
  if (isEmpty(value) || (typeof value === 'number' && !Number.isFinite(value))) return false;
  if (!isEmpty(ctx.listing[field]) || ctx.settled?.has(field)) return false;
  let kept = value as Listing[K];
  const limit = TEXT_LIMITS[field];
  if (limit && typeof kept === 'string' && kept.length > limit[0]) {
    const clipped = clipText(kept, limit[0]);
    if (limit[1]) noteTruncated(ctx.listing, limit[1], kept.length - clipped.length);
    kept = clipped as Listing[K];
  }
  ctx.listing[field] = kept;
  ctx.listing.extraction.fields[field] = source(strategy, el, ctx.index, confidence);
  return true;
}

const LIST_LIMITS: Record<ListField, [items: number, chars: number]> = {
  bullets: [LISTING_LIMITS.bullets, LISTING_LIMITS.bulletChars],
  breadcrumbs: [LISTING_LIMITS.breadcrumbs, LISTING_LIMITS.breadcrumbChars],
};

/** Fills a list field with at most its limit of items (each clipped); the rest are counted in `truncated`. */
export function fillList(
  ctx: AdapterContext,
  field: ListField,
  items: { text: string; el?: Element | null }[],
  strategy: string,
  listSelector?: string,
  confidence?: number,
): boolean {
  const nonEmpty = items.filter((i) => i.text);
  if (nonEmpty.length === 0 || ctx.listing[field].length > 0) return false;
  const [maxItems, maxChars] = LIST_LIMITS[field];
  const kept = nonEmpty.length > maxItems ? nonEmpty.slice(0, maxItems) : nonEmpty;
  noteTruncated(ctx.listing, field, nonEmpty.length - kept.length);
  ctx.listing[field] = kept.map((i) => clipText(i.text, maxChars));
  const whole = source(strategy, undefined, undefined, confidence);
  ctx.listing.extraction.fields[field] = listSelector ? { ...whole, selector: listSelector } : whole;
  // Selectors only for kept items: each one walks the item's previous siblings.
  for (const [i, item] of kept.entries())
    if (item.el) ctx.listing.extraction.fields[`${field}.${i}`] = source(strategy, item.el, ctx.index, confidence);
  return true;
}

/** Resolves relative image URLs against the page; only http(s) URLs are kept (never `javascript:`, `data:`). */
export function httpUrl(url: string, base: string): string | undefined {
  try {
    const u = new URL(url, base || undefined);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Fills the gallery with at most `LISTING_LIMITS.images` distinct http(s) images. Candidates after the
 * last kept one are not read (no URL parsing for a 20,000-image page); their count goes to `truncated.images`.
 */
export function fillImages(
  ctx: AdapterContext,
  images: (ListingImage & { el?: Element | null })[],
  strategy: string,
  confidence?: number,
): boolean {
  if (ctx.listing.images.length > 0) return false;
  const seen = new Set<string>();
  const kept: (ListingImage & { el?: Element | null })[] = [];
  let dropped = 0;
  let read = 0;
  for (; read < images.length && kept.length < LISTING_LIMITS.images; read++) {
    const image = images[read]!;
    if (!image.url) continue;
    const url = image.url.length > LISTING_LIMITS.shortChars ? undefined : httpUrl(image.url, ctx.url);
    if (!url) dropped++;
    else if (!seen.has(url) && seen.add(url)) kept.push({ ...image, url });
  }
  if (dropped > 0)
    ctx.warn(`Ignored ${dropped === 1 ? '1 image URL that is' : `${dropped} image URLs that are`} not http(s).`);
  if (kept.length === 0) return false;
  noteTruncated(ctx.listing, 'images', images.length - read);
  ctx.listing.images = kept.map(({ el: _el, ...image }) => image);
  ctx.listing.extraction.fields.images = source(strategy, undefined, undefined, confidence);
  for (const [i, image] of kept.entries())
    if (image.el) ctx.listing.extraction.fields[`images.${i}`] = source(strategy, image.el, ctx.index, confidence);
  return true;
}

export function fillPrice(
  ctx: AdapterContext,
  price: ListingPrice | undefined,
  strategy: string,
  el?: Element | null,
  confidence?: number,
) {
  if (!price || !Number.isFinite(price.amount) || price.amount < 0 || ctx.listing.price) return false;
  ctx.listing.price = price;
  ctx.listing.extraction.fields.price = source(strategy, el, ctx.index, confidence);
  return true;
}

export function fillId(
  ctx: AdapterContext,
  key: keyof Listing['ids'],
  value: string | undefined,
  strategy: string,
  el?: Element | null,
  confidence?: number,
) {
  if (!value || ctx.listing.ids[key] || ctx.settled?.has(`ids.${key}`)) return false;
  ctx.listing.ids[key] = clipText(value, LISTING_LIMITS.shortChars);
  ctx.listing.extraction.fields[`ids.${key}`] = source(strategy, el, ctx.index, confidence);
  return true;
}

/** A price from visible text; the currency comes from the hint, the symbol (by domain and locale), or the domain. */
export function priceFromText(ctx: AdapterContext, text: string, currencyHint?: string): ListingPrice | undefined {
  const parsed = parsePriceText(text);
  if (!parsed) return undefined;
  const currency =
    (currencyHint && /^[A-Z]{3}$/.test(currencyHint) ? currencyHint : undefined) ??
    resolveCurrency(parsed.symbol, ctx.url, ctx.locale) ??
    currencyFromDomain(ctx.url);
  return currency ? { amount: parsed.amount, currency } : undefined;
}
