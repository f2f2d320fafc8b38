/** Audits an extracted listing with the user's rule overrides, and compares it with the last stored audit of that listing. */
import { type AuditListingOptions, auditListing, diffListings, type Listing } from '@revloop/core/listing';
import { type AuditRecord, listingKey } from '../audit/record.js';
import type { ExtensionSettings } from '../settings/schema.js';

export function auditWithSettings(listing: Listing, settings: ExtensionSettings) {
  const options: AuditListingOptions = { copy: { config: settings.brand } };
  if (Object.keys(settings.ruleOverrides).length > 0) options.config = { rules: settings.ruleOverrides };
  return auditListing(listing, options);
}

export function buildRecord(
  input: { listing: Listing; site: string; extractMs: number },
  settings: ExtensionSettings,
  last: AuditRecord | undefined,
  now = Date.now(),
): AuditRecord {
  const started = performance.now();
  const report = auditWithSettings(input.listing, settings);
  const auditMs = performance.now() - started;
  const record: AuditRecord = {
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
      score: last.report.score,
      changes: diffListings(last.listing, input.listing).changes,
    };
  }
  return record;
}
