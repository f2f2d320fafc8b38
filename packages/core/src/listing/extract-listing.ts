/// <reference lib="dom" />
/** extractListing: one Document (browser or linkedom) to a bounded, normalized Listing; only a non-Document throws. */

import { invalidInputError } from '../engine/errors.js';
import { extractAmazon } from './adapters/amazon.js';
import { extractGeneric } from './adapters/generic.js';
import { extractShopify } from './adapters/shopify.js';
import { detectStore } from './adapters/stores/index.js';
import { extractWalmart } from './adapters/walmart.js';
import { currencyFromDomain } from './currency.js';
import { metaContent, textOf } from './dom.js';
import { type AdapterContext, noteTruncated, source } from './draft.js';
import { clipText } from './html-text.js';
import { emptyListing, LISTING_LIMITS, type Listing, type ListingMarketplace } from './listing-types.js';
import { PageIndex } from './page-index.js';
import { detectPageWall } from './page-wall.js';
import { boundStructuredData } from './structured-data/bound.js';
import { readJsonLd } from './structured-data/json-ld.js';
import { readMicrodata } from './structured-data/microdata.js';
import { openGraphPrice, readOpenGraph } from './structured-data/open-graph.js';
import { hostOf } from './url-host.js';

const SHOPIFY_SIGNALS = [
  'meta[name="shopify-digital-wallet"]',
  'meta[name="shopify-checkout-api-token"]',
  'link[href*="cdn.shopify.com"]',
  'script[src*="cdn.shopify.com"]',
  'script#shopify-features',
].join(', ');

/** The marketplace from the host (amazon.*, walmart.*), then Shopify storefront signals in the document. */
export function detectMarketplace(url: string, document?: Document): ListingMarketplace {
  return detectWith(url, document ? () => document.querySelector(SHOPIFY_SIGNALS) !== null : undefined);
}

function detectWith(url: string, hasShopifySignals?: () => boolean): ListingMarketplace {
  const host = hostOf(url);
  if (/(^|\.)amazon\.[a-z.]+$/.test(host) || /(^|\.)amzn\.[a-z.]+$/.test(host)) return 'amazon';
  if (/(^|\.)walmart\.(com|ca)$/.test(host)) return 'walmart';
  if (host.endsWith('.myshopify.com')) return 'shopify';
  try {
    if (hasShopifySignals?.()) return 'shopify';
  } catch {
    // A document without querySelector (or a broken one) is simply not Shopify.
  }
  return 'generic';
}

/** Runs one step; a throw becomes a warning, so one broken section never loses the rest of the listing. */
function attempt(warnings: string[], label: string, step: () => void): void {
  try {
    step();
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    warnings.push(`${label} failed (${detail.slice(0, 120)}); the other strategies still ran.`);
  }
}

/** Throws the typed error for arguments that are not a DOM Document and a URL string (never a raw TypeError later). */
function assertInput(document: unknown, url: unknown): void {
  const doc = document as Partial<Document> | null;
  if (typeof doc !== 'object' || doc === null || doc.nodeType !== 9 || typeof doc.querySelector !== 'function') {
    throw invalidInputError('listing', 'document', document, 'a DOM Document (browser or linkedom)');
  }
  if (typeof url !== 'string') throw invalidInputError('listing', 'url', url, 'the page URL as a string');
}

/** Elements indexed per slice when extraction runs in steps: a few ms of main-thread work on a slow machine. */
const INDEX_SLICE = 500;

/**
 * Extracts a listing from a product page. Site adapters run first, then structured data, then DOM
 * heuristics, each filling only what is still empty. Each JSON script is parsed once; every DOM read
 * is a targeted query. The listing stays within `LISTING_LIMITS` (what was cut is counted in
 * `listing.truncated`). A broken page gives warnings, never a throw; a `document` that is not a DOM
 * Document (or a `url` that is not a string) throws a `listing/invalid-input` RevloopError.
 */
export function extractListing(document: Document, url: string): Listing {
  assertInput(document, url);
  const steps = extractionSteps(document, url, Number.POSITIVE_INFINITY);
  let step = steps.next();
  while (!step.done) step = steps.next();
  return step.value;
}

export interface ExtractInStepsOptions {
  /**
   * Called between phases (and between slices of the page walk) to hand the thread back, e.g.
   * `() => scheduler.yield()` or a `setTimeout(0)` promise in a browser. Core never schedules by itself.
   */
  yieldToMain: () => Promise<unknown> | unknown;
  /** Elements indexed per slice of the page walk (default 500). */
  sliceSize?: number;
  /** Checked after each yield: when aborted, extraction stops and resolves to null. */
  signal?: AbortSignal;
}

/**
 * The same extraction as `extractListing` (identical result), split into short phases with
 * `yieldToMain` awaited between them, so a large page never blocks a UI thread in one long task.
 * Options without a `yieldToMain` function throw a `listing/invalid-input` RevloopError, as bad arguments do.
 */
export async function extractListingInSteps(
  document: Document,
  url: string,
  options: ExtractInStepsOptions,
): Promise<Listing | null> {
  assertInput(document, url);
  const opts: unknown = options;
  if (typeof opts !== 'object' || opts === null) {
    throw invalidInputError('listing', 'options', opts, 'an object with a yieldToMain function');
  }
  const { yieldToMain } = opts as { yieldToMain?: unknown };
  if (typeof yieldToMain !== 'function') {
    throw invalidInputError('listing', 'options.yieldToMain', yieldToMain, 'a function that hands the thread back');
  }
  const steps = extractionSteps(document, url, options.sliceSize ?? INDEX_SLICE);
  let step = steps.next();
  while (!step.done) {
    await options.yieldToMain();
    if (options.signal?.aborted) return null;
    step = steps.next();
  }
  return step.value;
}

/** The extraction phases; each `yield` is a point where the caller may hand the thread back. */
function* extractionSteps(document: Document, url: string, sliceSize: number): Generator<void, Listing, void> {
  const warnings: string[] = [];
  let index: PageIndex;
  try {
    index = yield* PageIndex.inSlices(document, sliceSize);
  } catch (error) {
    // Not a usable Document: return an empty listing that says why.
    const listing = emptyListing(url, detectWith(url));
    listing.warnings.push(`The page could not be read (${error instanceof Error ? error.message : String(error)}).`);
    return listing;
  }
  yield;
  const marketplace = detectWith(url, () => index.first(SHOPIFY_SIGNALS) !== null);
  const listing = emptyListing(url, marketplace);
  listing.warnings = warnings;
  const locale = document.documentElement?.getAttribute('lang')?.toLowerCase() ?? null;
  const ctx: AdapterContext = { doc: document, index, url, listing, locale, warn: (m) => warnings.push(m) };

  let jsonLd = { products: [] as Record<string, unknown>[], breadcrumbs: [] as string[] };
  let microdata: Record<string, unknown>[] = [];
  let og: Record<string, string> = {};
  attempt(warnings, 'JSON-LD', () => {
    const result = readJsonLd(index);
    jsonLd = result;
    warnings.push(...result.warnings);
  });
  yield;
  attempt(warnings, 'Microdata', () => {
    microdata = readMicrodata(index);
  });
  attempt(warnings, 'Open Graph', () => {
    og = readOpenGraph(index);
  });
  // Facts come from the first nodes only (richest first): a page with hundreds of Product nodes costs no more.
  const products = jsonLd.products.slice(0, LISTING_LIMITS.structuredDataNodes);
  listing.structuredData = boundStructuredData({ jsonLd: products, microdata, openGraph: og }, listing);
  noteTruncated(listing, 'structuredData', jsonLd.products.length - products.length);
  yield;

  if (marketplace === 'amazon') attempt(warnings, 'Amazon adapter', () => extractAmazon(ctx));
  if (marketplace === 'walmart') attempt(warnings, 'Walmart adapter', () => extractWalmart(ctx));
  if (marketplace === 'amazon' || marketplace === 'walmart') yield;
  const structured = { jsonLd: products, microdata, og };
  const store = marketplace === 'generic' || marketplace === 'shopify' ? detectStore(hostOf(url), index) : undefined;
  if (store) {
    listing.store = store.id;
    attempt(warnings, `Store adapter ${store.id}`, () => store.extract(ctx, structured));
    yield;
  }
  attempt(warnings, 'Generic adapter', () => {
    if (marketplace === 'shopify') {
      // JSON-LD first (the generic adapter), then the storefront JSON for what it lacks.
      const currency = openGraphPrice(og).currency ?? currencyFromDomain(url);
      extractGeneric(ctx, { jsonLd: products, microdata, og }, jsonLd.breadcrumbs);
      extractShopify(ctx, currency ?? 'USD');
    } else extractGeneric(ctx, { jsonLd: products, microdata, og }, jsonLd.breadcrumbs);
  });
  yield;
  attempt(warnings, 'SEO facts', () => {
    const titleEl = index.first('title');
    const title = textOf(titleEl);
    const metaEl = index.first('meta[name="description"]');
    const h1s = index.all('h1');
    const firstH1 = h1s[0];
    if (titleEl) listing.extraction.fields['seo.title'] = source('dom', titleEl, index);
    if (metaEl)
      listing.extraction.fields['seo.metaDescription'] = { ...source('dom'), selector: 'meta[name="description"]' };
    if (firstH1) listing.extraction.fields['seo.h1Count'] = source('dom', firstH1, index);
    const meta = metaContent(index, 'description');
    const canonical = index.first('link[rel="canonical"]')?.getAttribute('href');
    listing.seo = {
      title: title ? clipText(title, LISTING_LIMITS.shortChars) : null,
      metaDescription: meta ? clipText(meta, LISTING_LIMITS.shortChars) : null,
      h1Count: h1s.length,
      canonical: canonical ? clipText(canonical, LISTING_LIMITS.shortChars) : null,
    };
  });
  attempt(warnings, 'Page wall check', () => {
    const wall = detectPageWall(index, listing);
    if (wall) {
      listing.wall = wall;
      warnings.push(`This is not a product page: ${wall.evidence} (${wall.kind}). Nothing was scored.`);
    }
  });
  if (!listing.title && !listing.wall) warnings.push('No product title was found by any strategy.');
  if (warnings.length > LISTING_LIMITS.warnings) {
    noteTruncated(listing, 'warnings', warnings.length - LISTING_LIMITS.warnings);
    warnings.length = LISTING_LIMITS.warnings;
  }
  return listing;
}
