/** listing/core/not-enough-content: a page missing most of a product listing's essential facts is not a fair listing. */
import { defineRuntimeRule } from '../../../engine/rule.js';
import { assertListing } from '../../listing-input.js';
import type { Listing } from '../../listing-types.js';
import type { ListingRuleContext } from '../context.js';

/** One essential fact of a product listing: its name in messages, the listing field it lives in, and whether it is there. */
export interface ListingEssential {
  fact: string;
  field: string;
  present: boolean;
}

/**
 * The facts every product page of the marketplace shows. Marketplaces have feature bullets and an item id in
 * the URL; stores instead carry Product structured data. A description counts as present when A+ stands in.
 * Throws only a `listing/invalid-input` RevloopError, when `listing` is not a Listing (as `auditListing` does).
 */
export function listingEssentials(listing: Listing): ListingEssential[] {
  return essentialsOf(assertListing(listing, 'listing'));
}

/** `listingEssentials` for a listing already checked (the rule runs inside `auditListing`, which checks it). */
function essentialsOf(listing: Listing): ListingEssential[] {
  const common: ListingEssential[] = [
    { fact: 'title', field: 'title', present: Boolean(listing.title?.trim()) },
    { fact: 'price', field: 'price', present: listing.price !== null },
    { fact: 'images', field: 'images', present: listing.images.length > 0 },
    { fact: 'description', field: 'description', present: Boolean(listing.description?.trim()) || listing.hasAPlus },
  ];
  switch (listing.marketplace) {
    case 'amazon':
      return [
        ...common,
        { fact: 'feature bullets', field: 'bullets', present: listing.bullets.length > 0 },
        { fact: 'ASIN', field: 'ids.asin', present: Boolean(listing.ids.asin) },
      ];
    case 'walmart':
      return [
        ...common,
        { fact: 'key features', field: 'bullets', present: listing.bullets.length > 0 },
        { fact: 'item id', field: 'ids.itemId', present: Boolean(listing.ids.itemId) },
      ];
    default:
      return [
        ...common,
        {
          fact: 'Product structured data',
          field: 'structuredData',
          present: listing.structuredData.jsonLd.length > 0 || listing.structuredData.microdata.length > 0,
        },
      ];
  }
}

export const listingCoreNotEnoughContent = /* @__PURE__ */ defineRuntimeRule<ListingRuleContext>({
  id: 'listing/core/not-enough-content',
  category: 'coverage',
  severity: 'error',
  // Two errors' worth (30 points, the per-rule cap): a page with almost nothing to audit must land in the poor band.
  weight: 2,
  check: ({ listing }) => {
    const essentials = essentialsOf(listing);
    const missing = essentials.filter((e) => !e.present);
    const present = essentials.length - missing.length;
    // At least half must be there; fewer means the page is mostly empty or not a product page.
    const min = Math.ceil(essentials.length / 2);
    if (present >= min) return [];
    const names = missing.map((e) => e.fact).join(', ');
    return [
      {
        field: missing[0]?.field ?? 'title',
        message: `The page has ${present} of ${essentials.length} essential listing facts (missing: ${names}); it may not be a product page, or it did not load fully.`,
        evidence: { text: names, value: present, limit: min, unit: 'essential facts' },
      },
    ];
  },
});
