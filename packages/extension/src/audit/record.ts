/** AuditRecord: one audited listing as the SW stores it per tab and the panel renders it (history keeps a summary). */
import type { Listing, ListingReport } from '@revloop/core/listing';

export interface ListingChange {
  field: string;
  before: unknown;
  after: unknown;
  kind: string;
}

/**
 * A listing report as the SW stores it per tab. `configFindings` (config problems, never scored) and `scored` are
 * optional: a record stored by an earlier version has neither, so readers treat a missing `configFindings` as no
 * problems and a missing `scored` as scored (see `isScored` in `wall-notice.ts`).
 */
export type StoredListingReport = Omit<ListingReport, 'configFindings' | 'scored'> &
  Partial<Pick<ListingReport, 'configFindings' | 'scored'>>;

export interface AuditRecord {
  /** Stable listing key scoped to the page's site (`amazon:amazon.com:B0…`; see `listing-key.ts`), used for history. */
  key: string;
  site: string;
  url: string;
  /** Epoch ms. */
  at: number;
  listing: Listing;
  report: StoredListingReport;
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
  /** UTF-8 bytes of this listing's stored records (history's byte cap sums these); absent on pre-compact entries. */
  bytes?: number;
}
