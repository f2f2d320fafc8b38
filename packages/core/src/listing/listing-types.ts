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

/** Where a field came from: a strategy name and, for DOM values, a selector that finds the element. */
export interface ListingSource {
  strategy: string;
  selector?: string | undefined;
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
  /** Field (or `bullets.2`, `images.0`) → the strategy and selector that produced it. */
  extraction: Record<string, ListingSource>;
  /** What could not be read, as opposed to what is missing. */
  warnings: string[];
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
    extraction: {},
    warnings: [],
  };
}
