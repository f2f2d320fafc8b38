/// <reference lib="dom" />
/** Extraction draft: adapters fill fields in priority order; the first source to provide a value wins. */

import { currencyFromDomain, parsePriceText, resolveCurrency } from './currency.js';
import { selectorFor } from './dom.js';
import type { Listing, ListingImage, ListingPrice } from './listing-types.js';
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
}

type ScalarField = 'title' | 'brand' | 'description' | 'availability' | 'rating' | 'reviewCount';
type ListField = 'bullets' | 'breadcrumbs';

function isEmpty(value: unknown): boolean {
  return value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
}

/** Where a value came from; `el` (when the value came from a DOM element) becomes a selector. */
export function source(
  strategy: string,
  el?: Element | null,
  index?: PageIndex,
): { strategy: string; selector?: string } {
  return el ? { strategy, selector: selectorFor(el, index) } : { strategy };
}

export function fill<K extends ScalarField>(
  ctx: AdapterContext,
  field: K,
  value: Listing[K] | undefined,
  strategy: string,
  el?: Element | null,
): boolean {
  if (isEmpty(value) || (typeof value === 'number' && !Number.isFinite(value))) return false;
  if (!isEmpty(ctx.listing[field])) return false;
  ctx.listing[field] = value as Listing[K];
  ctx.listing.extraction[field] = source(strategy, el, ctx.index);
  return true;
}

export function fillList(
  ctx: AdapterContext,
  field: ListField,
  items: { text: string; el?: Element | null }[],
  strategy: string,
  listSelector?: string,
): boolean {
  const kept = items.filter((i) => i.text);
  if (kept.length === 0 || ctx.listing[field].length > 0) return false;
  ctx.listing[field] = kept.map((i) => i.text);
  ctx.listing.extraction[field] = listSelector ? { strategy, selector: listSelector } : { strategy };
  for (const [i, item] of kept.entries())
    if (item.el) ctx.listing.extraction[`${field}.${i}`] = source(strategy, item.el, ctx.index);
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

export function fillImages(
  ctx: AdapterContext,
  images: (ListingImage & { el?: Element | null })[],
  strategy: string,
): boolean {
  if (ctx.listing.images.length > 0) return false;
  const seen = new Set<string>();
  const resolved = images.map((i) => ({ ...i, url: httpUrl(i.url, ctx.url) ?? '' }));
  const dropped = images.filter((i, n) => i.url && !resolved[n]?.url).length;
  if (dropped > 0) ctx.warn(`Ignored ${dropped} image URL${dropped === 1 ? '' : 's'} that are not http(s).`);
  const kept = resolved.filter((i) => i.url && !seen.has(i.url) && seen.add(i.url));
  if (kept.length === 0 || ctx.listing.images.length > 0) return false;
  ctx.listing.images = kept.map(({ el: _el, ...image }) => image);
  ctx.listing.extraction.images = { strategy };
  for (const [i, image] of kept.entries())
    if (image.el) ctx.listing.extraction[`images.${i}`] = source(strategy, image.el, ctx.index);
  return true;
}

export function fillPrice(ctx: AdapterContext, price: ListingPrice | undefined, strategy: string, el?: Element | null) {
  if (!price || !Number.isFinite(price.amount) || ctx.listing.price) return false;
  ctx.listing.price = price;
  ctx.listing.extraction.price = source(strategy, el, ctx.index);
  return true;
}

export function fillId(
  ctx: AdapterContext,
  key: keyof Listing['ids'],
  value: string | undefined,
  strategy: string,
  el?: Element | null,
) {
  if (!value || ctx.listing.ids[key]) return false;
  ctx.listing.ids[key] = value;
  ctx.listing.extraction[`ids.${key}`] = source(strategy, el, ctx.index);
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
