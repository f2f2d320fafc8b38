/** Listing input check for auditListing and diffListings: zod-free, fills in missing fields, names every mistyped one. */
import { describeValue, invalidInputError, RevloopError } from '../engine/errors.js';
import type { Finding } from '../engine/finding.js';
import { emptyListing, type Listing } from './listing-types.js';

const MARKETPLACES = new Set(['amazon', 'walmart', 'shopify', 'generic']);

type Check = (value: unknown) => boolean;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString: Check = (v) => typeof v === 'string';
const isStringOrNull: Check = (v) => v === null || typeof v === 'string';
const isCount: Check = (v) => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const isNumberOrNull: Check = (v) => v === null || (typeof v === 'number' && Number.isFinite(v));
const isCountOrNull: Check = (v) => v === null || isCount(v);
const isOptionalNumber: Check = (v) => v === undefined || (typeof v === 'number' && Number.isFinite(v));
const isOptionalString: Check = (v) => v === undefined || typeof v === 'string';
const isImage: Check = (v) =>
  isRecord(v) && isString(v.url) && isOptionalNumber(v.width) && isOptionalNumber(v.height) && isOptionalString(v.alt);
const isPrice: Check = (v) =>
  v === null || (isRecord(v) && typeof v.amount === 'number' && Number.isFinite(v.amount) && isString(v.currency));
const isSource: Check = (v) =>
  isRecord(v) &&
  isString(v.source) &&
  isOptionalString(v.selector) &&
  typeof v.confidence === 'number' &&
  v.confidence >= 0 &&
  v.confidence <= 1;

/** Collects findings for one input; missing fields take their `emptyListing` value, present ones must be well typed. */
class ListingChecker {
  readonly findings: Finding[] = [];
  changed = false;
  constructor(readonly arg: string) {}

  bad(path: string, value: unknown, expected: string, extra = ''): void {
    const field = `${this.arg}.${path}`;
    this.findings.push({
      ruleId: 'listing/invalid-input',
      category: 'listing',
      severity: 'error',
      field,
      message: `"${field}" must be ${expected}; got ${describeValue(value)}${extra}.`,
      evidence: { text: describeValue(value), limit: expected },
    });
  }

  /** A scalar field: the default when missing, else checked. */
  scalar<T>(obj: Record<string, unknown>, key: string, path: string, ok: Check, expected: string, fallback: T): T {
    const value = obj[key];
    if (value === undefined) {
      this.changed = true;
      return fallback;
    }
    if (!ok(value)) this.bad(path, value, expected);
    return value as T;
  }

  /** An array: `[]` when missing; one finding for the first bad element, with how many are bad. */
  list<T>(obj: Record<string, unknown>, key: string, path: string, ok: Check, expected: string): T[] {
    const value = obj[key];
    if (value === undefined) {
      this.changed = true;
      return [];
    }
    if (!Array.isArray(value)) {
      this.bad(path, value, `an array of ${expected}`);
      return [];
    }
    let first = -1;
    let count = 0;
    for (let i = 0; i < value.length; i++) {
      if (ok(value[i])) continue;
      if (first < 0) first = i;
      count += 1;
    }
    if (first >= 0) {
      const more = count > 1 ? ` (${count} of ${value.length} elements are invalid)` : '';
      this.bad(`${path}.${first}`, value[first], expected, more);
    }
    return value as T[];
  }

  /** A record: `{}` when missing; each value checked (first bad one reported). */
  record<T>(obj: Record<string, unknown>, key: string, path: string, ok: Check, expected: string): Record<string, T> {
    const value = obj[key];
    if (value === undefined) {
      this.changed = true;
      return {};
    }
    if (!isRecord(value)) {
      this.bad(path, value, `an object of ${expected}`);
      return {};
    }
    for (const [k, v] of Object.entries(value)) {
      if (ok(v)) continue;
      this.bad(`${path}.${k}`, v, expected);
      break;
    }
    return value as Record<string, T>;
  }

  /** A nested object: its defaults when missing; the object itself must be an object. */
  object(obj: Record<string, unknown>, key: string, path: string): Record<string, unknown> | undefined {
    const value = obj[key];
    if (value === undefined) {
      this.changed = true;
      return {};
    }
    if (!isRecord(value)) {
      this.bad(path, value, 'an object');
      return undefined;
    }
    return value;
  }
}

function check(value: unknown, arg: string): { listing: Listing; findings: Finding[] } {
  const c = new ListingChecker(arg);
  if (!isRecord(value)) throw invalidInputError('listing', arg, value, 'a Listing from extractListing');
  const marketplace = value.marketplace;
  if (typeof marketplace !== 'string' || !MARKETPLACES.has(marketplace)) {
    c.bad('marketplace', marketplace, 'one of amazon, walmart, shopify, generic');
  }
  if (typeof value.url !== 'string') c.bad('url', value.url, 'a string (the page URL)');
  const base = emptyListing(
    typeof value.url === 'string' ? value.url : '',
    MARKETPLACES.has(marketplace as string) ? (marketplace as Listing['marketplace']) : 'generic',
  );
  const ids = c.record<string | undefined>(value, 'ids', 'ids', isOptionalString, 'a string');
  const sd = c.object(value, 'structuredData', 'structuredData') ?? {};
  const seo = c.object(value, 'seo', 'seo') ?? {};
  // Other keys (optional fields such as extraction's `truncated`) are carried over unchecked.
  const listing: Listing = {
    ...(value as object),
    marketplace: base.marketplace,
    url: base.url,
    ids,
    title: c.scalar(value, 'title', 'title', isStringOrNull, 'a string or null', null),
    brand: c.scalar(value, 'brand', 'brand', isStringOrNull, 'a string or null', null),
    bullets: c.list(value, 'bullets', 'bullets', isString, 'a string'),
    description: c.scalar(value, 'description', 'description', isStringOrNull, 'a string or null', null),
    images: c.list(value, 'images', 'images', isImage, 'an image ({ url, width?, height?, alt? })'),
    videoCount: c.scalar(value, 'videoCount', 'videoCount', isCount, 'a number ≥ 0', 0),
    hasAPlus: c.scalar(value, 'hasAPlus', 'hasAPlus', (v) => typeof v === 'boolean', 'a boolean', false),
    aPlusModuleCount: c.scalar(value, 'aPlusModuleCount', 'aPlusModuleCount', isCount, 'a number ≥ 0', 0),
    price: c.scalar(value, 'price', 'price', isPrice, '{ amount: number, currency: string } or null', null),
    availability: c.scalar(value, 'availability', 'availability', isStringOrNull, 'a string or null', null),
    rating: c.scalar(value, 'rating', 'rating', isNumberOrNull, 'a number or null', null),
    reviewCount: c.scalar(value, 'reviewCount', 'reviewCount', isCountOrNull, 'a number ≥ 0 or null', null),
    breadcrumbs: c.list(value, 'breadcrumbs', 'breadcrumbs', isString, 'a string'),
    structuredData: {
      jsonLd: c.list(sd, 'jsonLd', 'structuredData.jsonLd', isRecord, 'an object'),
      microdata: c.list(sd, 'microdata', 'structuredData.microdata', isRecord, 'an object'),
      openGraph: c.record(sd, 'openGraph', 'structuredData.openGraph', isString, 'a string'),
    },
    seo: {
      title: c.scalar(seo, 'title', 'seo.title', isStringOrNull, 'a string or null', null),
      metaDescription: c.scalar(
        seo,
        'metaDescription',
        'seo.metaDescription',
        isStringOrNull,
        'a string or null',
        null,
      ),
      h1Count: c.scalar(seo, 'h1Count', 'seo.h1Count', isCount, 'a number ≥ 0', 0),
      canonical: c.scalar(seo, 'canonical', 'seo.canonical', isStringOrNull, 'a string or null', null),
    },
    // Listings stored before `extraction.fields` (a flat record of `{ strategy }`) audit with no sources.
    extraction: {
      fields: c.record(
        isRecord(value.extraction) ? value.extraction : {},
        'fields',
        'extraction.fields',
        isSource,
        'a source ({ source, selector?, confidence })',
      ),
    },
    warnings: c.list(value, 'warnings', 'warnings', isString, 'a string'),
  };
  // A complete, well-typed listing is returned as it came (no copy on the hot path).
  return { listing: c.changed ? listing : (value as unknown as Listing), findings: c.findings };
}

/**
 * Checks that `value` (the argument named `arg`) is a Listing, cheaply and without zod so the audit path
 * stays light. A non-object throws `invalidInputError`; missing fields are filled with their empty values
 * (a listing stored by an older version still audits); a mistyped field throws one `listing/invalid-input`
 * RevloopError whose findings name every bad field (`listing.bullets.3`).
 */
export function assertListing(value: unknown, arg = 'listing'): Listing {
  const { listing, findings } = check(value, arg);
  if (findings.length > 0) throw new RevloopError('listing/invalid-input', findings);
  return listing;
}

/** `assertListing` for several arguments at once: one error with the findings of all of them. */
export function assertListings(values: readonly [value: unknown, arg: string][]): Listing[] {
  const out: Listing[] = [];
  const findings: Finding[] = [];
  for (const [value, arg] of values) {
    try {
      const checked = check(value, arg);
      out.push(checked.listing);
      findings.push(...checked.findings);
    } catch (error) {
      if (!(error instanceof RevloopError)) throw error;
      findings.push(...error.findings);
    }
  }
  if (findings.length > 0) throw new RevloopError('listing/invalid-input', findings);
  return out;
}
