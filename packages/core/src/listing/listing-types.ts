/**
 * Listing types and `emptyListing`, without zod: the extraction path (and the extension's content
 * script) imports this module; `listing-schema.ts` holds the matching zod schemas for validation and
 * JSON Schema export (`listing-types.test.ts` checks that the two agree).
 */

export type ListingMarketplace = 'amazon' | 'walmart' | 'shopify' | 'generic';

export interface ListingImage {
  url: string;
  width?: number | undefined;
  height?: number | undefined;
  alt?: string | undefined;
}

/** `currency` is an ISO 4217 code, resolved from symbols by locale, structured data or domain. */
export interface ListingPrice {
  amount: number;
  currency: string;
}

/**
 * Where a field came from and how sure extraction is: `source` names the strategy (`amazon-dom`, `json-ld`,
 * `main-heading`, `buy-box`, `labelled-id`, a store adapter's own…), `selector` (for DOM values) finds the element,
 * `confidence` runs 0–1 (a site adapter's own element or structured data the page agrees with is about 0.9;
 * a theme heuristic 0.6; a value taken against disagreeing evidence 0.4–0.7).
 */
export interface ListingSource {
  source: string;
  selector?: string | undefined;
  confidence: number;
}

/** Every extracted field's source: `fields.title`, `fields['bullets.2']`, `fields['images.0']`, `fields['seo.title']`… */
export interface ListingExtraction {
  fields: Record<string, ListingSource>;
}

export interface ListingIds {
  asin?: string | undefined;
  sku?: string | undefined;
  gtin?: string | undefined;
  itemId?: string | undefined;
}

export interface ListingStructuredData {
  /** Product and ProductGroup nodes from JSON-LD, as parsed. */
  jsonLd: Record<string, unknown>[];
  /** Product scopes from microdata, turned into JSON-LD-like objects. */
  microdata: Record<string, unknown>[];
  /** `og:*` and `product:*` meta tags (both price conventions), keyed by property. */
  openGraph: Record<string, string>;
}

/** Page-level SEO facts the generic SEO pack reads. */
export interface ListingSeo {
  title: string | null;
  metaDescription: string | null;
  /** A non-negative integer. */
  h1Count: number;
  canonical: string | null;
}

/**
 * What extraction keeps at most, so a hostile or broken page cannot make a huge listing (or, downstream,
 * thousands of findings). Each is far above what a marketplace accepts (Amazon: 5–10 bullets, 9 images,
 * 2,000 description characters; Google: 5,000 description characters), so real pages are never cut.
 * Anything dropped is counted in `listing.truncated`.
 */
export const LISTING_LIMITS = {
  /** Characters of the title and of the brand. */
  titleChars: 2_000,
  brandChars: 500,
  /** Characters of the description, stored once (structured data keeps a short prefix of its copy). */
  descriptionChars: 20_000,
  /** Bullets kept, and characters per bullet. */
  bullets: 100,
  bulletChars: 2_000,
  /** Gallery images kept (candidates after the 200th kept one are not read). */
  images: 200,
  /** Breadcrumb items kept, and characters per item. */
  breadcrumbs: 50,
  breadcrumbChars: 500,
  /** Product nodes kept per structured-data source (JSON-LD, microdata). */
  structuredDataNodes: 20,
  /** Items kept per array inside a stored node (`hasVariant`, `offers`, `image`, `review`…). */
  structuredDataArrayItems: 100,
  /** Characters kept per string inside stored structured data and per Open Graph value. */
  structuredDataChars: 1_000,
  /** Nesting kept inside a stored node; deeper values are dropped. */
  structuredDataDepth: 8,
  /** Open Graph / product meta tags kept. */
  openGraphTags: 100,
  /** Characters of other short strings: availability, SEO title and meta description, URLs, ids. */
  shortChars: 4_096,
  /** Warnings kept (one broken JSON-LD script each, at most). */
  warnings: 50,
} as const;

/**
 * Counts of what extraction dropped to stay within `LISTING_LIMITS`, only present when something was:
 * characters for text fields (`title`, `brand`, `description`, at least when the source HTML itself was
 * longer than the scanner reads), items for lists (`bullets: 19950` → "and 19,950 more").
 */
export interface ListingTruncated {
  title?: number | undefined;
  brand?: number | undefined;
  description?: number | undefined;
  bullets?: number | undefined;
  images?: number | undefined;
  breadcrumbs?: number | undefined;
  /** `hasVariant` items dropped from stored structured data. */
  variants?: number | undefined;
  /** Other structured-data values dropped or shortened (array items, long strings, deep values, extra nodes, tags). */
  structuredData?: number | undefined;
  warnings?: number | undefined;
}

export type ListingTruncatedField = keyof ListingTruncated;

/** What was served instead of a product page; a walled listing is reported, never scored. */
export interface ListingPageWall {
  kind: 'bot-wall' | 'consent-wall';
  /** Why extraction thinks so, in words ("the page says \"robot check\""). */
  evidence: string;
}

/** Listing: the normalized product page every adapter produces and every listing rule reads. */
export interface Listing {
  marketplace: ListingMarketplace;
  url: string;
  ids: ListingIds;
  title: string | null;
  brand: string | null;
  bullets: string[];
  description: string | null;
  /** The gallery, main image first. */
  images: ListingImage[];
  /** A non-negative integer. */
  videoCount: number;
  hasAPlus: boolean;
  /** A non-negative integer. */
  aPlusModuleCount: number;
  price: ListingPrice | null;
  /** A schema.org ItemAvailability name such as `InStock`. */
  availability: string | null;
  rating: number | null;
  /** A non-negative integer, or null. */
  reviewCount: number | null;
  breadcrumbs: string[];
  structuredData: ListingStructuredData;
  seo: ListingSeo;
  /** Where each field came from and how sure it is: `extraction.fields[name] = { source, selector?, confidence }`. */
  extraction: ListingExtraction;
  /** What could not be read, as opposed to what is missing. */
  warnings: string[];
  /** What was dropped to stay within `LISTING_LIMITS`; absent when nothing was. */
  truncated?: ListingTruncated | undefined;
  /** The store or shop platform whose adapter read the page ("target", "woocommerce"), when one did. */
  store?: string | undefined;
  /** Set when the page is a captcha, bot check or consent wall instead of the product: nothing is scored. */
  wall?: ListingPageWall | undefined;
}

/** An empty listing: every field missing, so adapters and examples can fill in only what they have. */
export function emptyListing(url = '', marketplace: ListingMarketplace = 'generic'): Listing {
  return {
    marketplace,
    url,
    ids: {},
    title: null,
    brand: null,
    bullets: [],
    description: null,
    images: [],
    videoCount: 0,
    hasAPlus: false,
    aPlusModuleCount: 0,
    price: null,
    availability: null,
    rating: null,
    reviewCount: null,
    breadcrumbs: [],
    structuredData: { jsonLd: [], microdata: [], openGraph: {} },
    seo: { title: null, metaDescription: null, h1Count: 0, canonical: null },
    extraction: { fields: {} },
    warnings: [],
  };
}
