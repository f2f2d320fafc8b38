/** AuditRecord: one audited listing as the SW stores it per tab and in history, and as the panel renders it. */
import type { Listing, ListingReport } from '@revloop/core/listing';

export interface ListingChange {
  field: string;
  before: unknown;
  after: unknown;
  kind: string;
}

export interface AuditRecord {
  /** Stable listing key (`amazon:B0…`, `walmart:123`, or the canonical URL), used for history. */
  key: string;
  site: string;
  url: string;
  /** Epoch ms. */
  at: number;
  listing: Listing;
  report: ListingReport;
  /** Time spent extracting on the page and auditing in the SW. */
  timings: { extractMs: number; auditMs: number };
  /** The previous audit of the same listing, when there is one, and what changed since. */
  previous?: { at: number; score: number; changes: ListingChange[] };
}

/** Short entry for history lists and the compare picker (no full listing). */
export interface HistoryEntry {
  key: string;
  site: string;
  url: string;
  title: string | null;
  at: number;
  score: number;
  audits: number;
}

/** A stable key for a listing: marketplace id when known, else canonical URL without query or hash. */
export function listingKey(listing: Listing): string {
  const ids = listing.ids;
  const id = ids.asin ?? ids.itemId ?? ids.sku ?? ids.gtin;
  if (id) return `${listing.marketplace}:${id}`;
  const raw = listing.seo.canonical ?? listing.url;
  try {
    const u = new URL(raw, listing.url);
    return `${listing.marketplace}:${u.origin}${u.pathname}`;
  } catch {
    return `${listing.marketplace}:${raw}`;
  }
}
