/** Bounded copies of structured data for the stored listing: the page's JSON can be megabytes, the listing keeps its shape. */
import { noteTruncated } from '../draft.js';
import { clipText } from '../html-text.js';
import { LISTING_LIMITS, type Listing, type ListingStructuredData } from '../listing-types.js';

interface Counts {
  variants: number;
  structuredData: number;
}

/**
 * A copy of one JSON value within the limits: strings clipped to `structuredDataChars`, arrays and objects
 * to `structuredDataArrayItems` entries, nesting to `structuredDataDepth`. Long descriptions are clipped
 * here because the full text is already `listing.description`: the listing stores it once. Rules only
 * test presence and short values (prices, codes, names), which the limits keep whole.
 */
function boundValue(value: unknown, depth: number, counts: Counts, key?: string): unknown {
  if (typeof value === 'string') {
    if (value.length <= LISTING_LIMITS.structuredDataChars) return value;
    counts.structuredData++;
    return clipText(value, LISTING_LIMITS.structuredDataChars);
  }
  if (typeof value !== 'object' || value === null) return value;
  if (depth >= LISTING_LIMITS.structuredDataDepth) {
    counts.structuredData++;
    return undefined;
  }
  const max = LISTING_LIMITS.structuredDataArrayItems;
  if (Array.isArray(value)) {
    const extra = value.length - max;
    if (extra > 0) {
      if (key === 'hasVariant') counts.variants += extra;
      else counts.structuredData += extra;
    }
    const out: unknown[] = [];
    for (let i = 0; i < value.length && i < max; i++) {
      const item = boundValue(value[i], depth + 1, counts);
      if (item !== undefined) out.push(item);
    }
    return out;
  }
  const out: Record<string, unknown> = {};
  let kept = 0;
  for (const k in value) {
    if (!Object.hasOwn(value, k)) continue;
    // `__proto__` (an own key after JSON.parse) would set the copy's prototype; schema.org never uses it.
    if (kept >= max || k.length > LISTING_LIMITS.structuredDataChars || k === '__proto__') {
      counts.structuredData++;
      continue;
    }
    const item = boundValue((value as Record<string, unknown>)[k], depth + 1, counts, k);
    if (item === undefined) continue;
    out[k] = item;
    kept++;
  }
  return out;
}

function boundNodes(nodes: Record<string, unknown>[], counts: Counts): Record<string, unknown>[] {
  counts.structuredData += Math.max(0, nodes.length - LISTING_LIMITS.structuredDataNodes);
  return nodes
    .slice(0, LISTING_LIMITS.structuredDataNodes)
    .map((node) => boundValue(node, 0, counts) as Record<string, unknown>);
}

/** The structured data to store on `listing`, within `LISTING_LIMITS`; what was cut is counted in `listing.truncated`. */
export function boundStructuredData(sd: ListingStructuredData, listing: Listing): ListingStructuredData {
  const counts: Counts = { variants: 0, structuredData: 0 };
  const openGraph: Record<string, string> = {};
  let tags = 0;
  for (const [key, value] of Object.entries(sd.openGraph)) {
    if (tags >= LISTING_LIMITS.openGraphTags || key.length > LISTING_LIMITS.structuredDataChars) {
      counts.structuredData++;
      continue;
    }
    tags++;
    openGraph[key] = boundValue(value, 0, counts) as string;
  }
  const bounded = {
    jsonLd: boundNodes(sd.jsonLd, counts),
    microdata: boundNodes(sd.microdata, counts),
    openGraph,
  };
  noteTruncated(listing, 'variants', counts.variants);
  noteTruncated(listing, 'structuredData', counts.structuredData);
  return bounded;
}
