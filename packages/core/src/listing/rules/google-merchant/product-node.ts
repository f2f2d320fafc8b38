/** The Product node Google would read: the first JSON-LD Product/ProductGroup, else the microdata one. */
import type { Listing } from '../../listing-types.js';

export function primaryProduct(listing: Listing): { node: Record<string, unknown>; from: string } | undefined {
  const ld = listing.structuredData.jsonLd[0];
  if (ld) return { node: ld, from: 'JSON-LD' };
  const md = listing.structuredData.microdata[0];
  return md ? { node: md, from: 'microdata' } : undefined;
}

export function listOf(value: unknown): Record<string, unknown>[] {
  const items = value === undefined || value === null ? [] : Array.isArray(value) ? value : [value];
  return items.filter((v): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v));
}

/** Offers of the product, or of its first variant when it is a ProductGroup. */
export function offersOf(node: Record<string, unknown>): Record<string, unknown>[] {
  const own = listOf(node.offers);
  if (own.length > 0) return own;
  const variant = listOf(node.hasVariant)[0];
  return variant ? listOf(variant.offers) : [];
}

export function present(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return value.trim().length > 0;
  if (Array.isArray(value)) return value.length > 0;
  return true;
}
