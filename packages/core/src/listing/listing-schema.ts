/**
 * Listing schemas (zod), for validation and JSON Schema export. The types and `emptyListing` live in
 * the zod-free `listing-types.ts`, which extraction imports; `listing-types.test.ts` checks that
 * `z.infer` of each schema equals its interface.
 */
import { z } from 'zod';

export {
  emptyListing,
  type Listing,
  type ListingIds,
  type ListingImage,
  type ListingMarketplace,
  type ListingPrice,
  type ListingSeo,
  type ListingSource,
  type ListingStructuredData,
  type ListingTruncated,
} from './listing-types.js';

export const ListingMarketplaceSchema = z.enum(['amazon', 'walmart', 'shopify', 'generic']);

export const ListingImageSchema = z.object({
  url: z.string(),
  width: z.number().optional(),
  height: z.number().optional(),
  alt: z.string().optional(),
});

/** `currency` is an ISO 4217 code, resolved from symbols by locale, structured data or domain. */
export const ListingPriceSchema = z.object({ amount: z.number(), currency: z.string().length(3) });

/** Where a field came from (`source`: the strategy), for DOM values a selector that finds the element, and how sure (0–1). */
export const ListingSourceSchema = z.object({
  source: z.string(),
  selector: z.string().optional(),
  confidence: z.number().min(0).max(1),
});

export const ListingIdsSchema = z.object({
  asin: z.string().optional(),
  sku: z.string().optional(),
  gtin: z.string().optional(),
  itemId: z.string().optional(),
});

export const ListingStructuredDataSchema = z.object({
  /** Product and ProductGroup nodes from JSON-LD, as parsed. */
  jsonLd: z.array(z.record(z.string(), z.unknown())),
  /** Product scopes from microdata, turned into JSON-LD-like objects. */
  microdata: z.array(z.record(z.string(), z.unknown())),
  /** `og:*` and `product:*` meta tags (both price conventions), keyed by property. */
  openGraph: z.record(z.string(), z.string()),
});

/** Page-level SEO facts the generic SEO pack reads. */
export const ListingSeoSchema = z.object({
  title: z.string().nullable(),
  metaDescription: z.string().nullable(),
  h1Count: z.number().int().nonnegative(),
  canonical: z.string().nullable(),
});

const droppedCount = z.number().int().nonnegative().optional();

/** What extraction dropped to stay bounded: characters for text fields, items for lists. */
export const ListingTruncatedSchema = z.object({
  title: droppedCount,
  brand: droppedCount,
  description: droppedCount,
  bullets: droppedCount,
  images: droppedCount,
  breadcrumbs: droppedCount,
  /** `hasVariant` items dropped from stored structured data. */
  variants: droppedCount,
  /** Other structured-data values dropped or shortened. */
  structuredData: droppedCount,
  warnings: droppedCount,
});

export const ListingSchema = z.object({
  marketplace: ListingMarketplaceSchema,
  url: z.string(),
  ids: ListingIdsSchema,
  title: z.string().nullable(),
  brand: z.string().nullable(),
  bullets: z.array(z.string()),
  description: z.string().nullable(),
  /** The gallery, main image first. */
  images: z.array(ListingImageSchema),
  videoCount: z.number().int().nonnegative(),
  hasAPlus: z.boolean(),
  aPlusModuleCount: z.number().int().nonnegative(),
  price: ListingPriceSchema.nullable(),
  /** A schema.org ItemAvailability name such as `InStock`. */
  availability: z.string().nullable(),
  rating: z.number().nullable(),
  reviewCount: z.number().int().nonnegative().nullable(),
  breadcrumbs: z.array(z.string()),
  structuredData: ListingStructuredDataSchema,
  seo: ListingSeoSchema,
  /** Field (or `bullets.2`, `images.0`) → its source, selector and confidence. */
  extraction: z.object({ fields: z.record(z.string(), ListingSourceSchema) }),
  /** What could not be read, as opposed to what is missing. */
  warnings: z.array(z.string()),
  /** What was dropped to stay within the extraction limits; absent when nothing was. */
  truncated: ListingTruncatedSchema.optional(),
  store: z.string().optional(),
  wall: z.object({ kind: z.enum(['bot-wall', 'consent-wall']), evidence: z.string() }).optional(),
});
