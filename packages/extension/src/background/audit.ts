/** Audits an extracted listing with the user's rule overrides, and compares it with the last stored audit of that listing. */
import { type AuditListingOptions, auditListing, type Listing } from '@revloop/core/listing';
import { diffFacts, type HistoryRecord, listingFacts } from '../audit/history-record.js';
import { listingKey } from '../audit/listing-key.js';
import type { AuditRecord } from '../audit/record.js';
import type { ExtensionSettings } from '../settings/schema.js';

export function auditWithSettings(listing: Listing, settings: ExtensionSettings) {
  const options: AuditListingOptions = { copy: { config: settings.brand } };
  if (Object.keys(settings.ruleOverrides).length > 0) options.config = { rules: settings.ruleOverrides };
  return auditListing(listing, options);
}

export function buildRecord(
  input: { listing: Listing; site: string; extractMs: number },
  settings: ExtensionSettings,
  last: HistoryRecord | undefined,
  now = Date.now(),
): AuditRecord {
  const started = performance.now();
  const report = auditWithSettings(input.listing, settings);
  const auditMs = performance.now() - started;
  const record: AuditRecord = {
    // listing.url is the content script's page; the router checked its origin against the message sender.
    key: listingKey(input.listing),
    site: input.site,
    url: input.listing.url,
    at: now,
    listing: input.listing,
    report,
    timings: { extractMs: input.extractMs, auditMs },
  };
  if (last) {
    record.previous = {
      at: last.at,
      score: last.score,
      // History keeps compact facts only, so compare like with like: both snapshots compacted the same way.
      changes: diffFacts(last.facts, listingFacts(input.listing)),
    };
  }
  return record;
}
