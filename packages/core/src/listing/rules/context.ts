/** The context every listing rule reads: the listing and the thresholds in force. */
import { emptyListing, type Listing } from '../listing-types.js';
import { LISTING_THRESHOLDS, type ListingThresholds } from '../thresholds.js';

export interface ListingRuleContext {
  listing: Listing;
  thresholds: ListingThresholds;
}

/** The sub-scores of a listing report; `coverage` is how much of a listing the page has at all. */
export const LISTING_CATEGORIES = [
  'title',
  'bullets',
  'media',
  'description',
  'social-proof',
  'structured-data',
  'policy',
  'coverage',
] as const;
export type ListingCategory = (typeof LISTING_CATEGORIES)[number];

/** Documented examples are partial listings; missing fields take their empty values. */
export function listingExampleContext(input: unknown): ListingRuleContext {
  const partial = (typeof input === 'object' && input !== null ? input : {}) as Partial<Listing>;
  const base = emptyListing(partial.url ?? 'https://example.com/p', partial.marketplace ?? 'generic');
  return {
    listing: {
      ...base,
      ...partial,
      seo: { ...base.seo, ...partial.seo },
      structuredData: { ...base.structuredData, ...partial.structuredData },
    },
    thresholds: LISTING_THRESHOLDS,
  };
}

/** The selector recorded for a field (or its parent list), so a finding can say "show on page". */
export function targetOf(listing: Listing, field: string): string | undefined {
  const own = listing.extraction.fields[field]?.selector;
  if (own) return own;
  const parent = field.includes('.') ? field.slice(0, field.lastIndexOf('.')) : undefined;
  return parent ? listing.extraction.fields[parent]?.selector : undefined;
}

/** Attaches `target` only when there is one (exact-match tests stay readable). */
export function withTarget<T extends object>(listing: Listing, field: string, finding: T): T & { field: string } {
  const target = targetOf(listing, field);
  return target ? { ...finding, field, target } : { ...finding, field };
}

export function longestSide(image: { width?: number; height?: number }): number | undefined {
  const sides = [image.width, image.height].filter((n): n is number => typeof n === 'number' && n > 0);
  return sides.length > 0 ? Math.max(...sides) : undefined;
}
