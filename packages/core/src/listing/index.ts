/** @revloop/core/listing: extract a product page (Amazon, Walmart, Shopify, any store) into a Listing and score it. */
import { ListingSchema } from './listing-schema.js';
import { ListingThresholdsSchema } from './thresholds.js';

export {
  type AuditListingOptions,
  auditListing,
  LISTING_MAX_FINDINGS_PER_RULE,
  LISTING_PACKS_BY_MARKETPLACE,
  type ListingReport,
  listingRulePacks,
} from './audit-listing.js';
export { currencyFromDomain as listingCurrencyFromDomain, parseAmount as listingParseAmount } from './currency.js';
export { diffListings, type ListingChange, type ListingChangeKind, type ListingDiff } from './diff-listings.js';
export {
  detectMarketplace,
  type ExtractInStepsOptions,
  extractListing,
  extractListingInSteps,
} from './extract-listing.js';
export {
  ListingImageSchema,
  ListingMarketplaceSchema,
  ListingPriceSchema,
  ListingSchema,
  ListingSourceSchema,
} from './listing-schema.js';
export {
  emptyListing,
  LISTING_LIMITS,
  type Listing,
  type ListingImage,
  type ListingMarketplace,
  type ListingPageWall,
  type ListingPrice,
  type ListingSource,
  type ListingTruncated,
} from './listing-types.js';
export { isProductPage } from './product-page.js';
export {
  LISTING_CATEGORIES,
  type ListingCategory,
  type ListingRuleContext,
  listingExampleContext,
} from './rules/context.js';
export {
  defaultListingLintCopy,
  LISTING_COPY_OVERLAPS,
  type ListingCopyOptions,
  type ListingLintCopy,
} from './rules/copy/copy-bridge.js';
export { type ListingEssential, listingEssentials } from './rules/core/not-enough-content.js';
export {
  LISTING_THRESHOLD_SOURCES,
  LISTING_THRESHOLDS,
  type ListingThresholds,
  type ListingThresholdsInput,
  type ListingThresholdsResolution,
  ListingThresholdsSchema,
  parseListingThresholds,
  resolveListingThresholds,
} from './thresholds.js';

/** Public schemas of the listing module, for JSON Schema export. */
export const listingSchemas = { Listing: ListingSchema, ListingThresholds: ListingThresholdsSchema } as const;
