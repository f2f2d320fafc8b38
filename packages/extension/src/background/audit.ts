/** Audits an extracted listing with the user's rule overrides, and compares it with the last stored audit of that listing. */
import { type AuditListingOptions, auditListing, type Listing } from '@revloop/core/listing';
import { diffFacts, type HistoryRecord, listingFacts } from '../audit/history-record.js';
import { listingKey } from '../audit/listing-key.js';
import type { AuditRecord } from '../audit/record.js';
import { splitRuleOverrides } from '../settings/rule-ids.js';
import type { ExtensionSettings } from '../settings/schema.js';

/**
 * Listing rule overrides go to the audit's engine config, the others to its copy checks (merged into the brand
 * profile's `rules`, as the editor checker does), so neither reports the other's rule ids as unknown.
 */
export function auditWithSettings(listing: Listing, settings: ExtensionSettings) {
  const overrides = splitRuleOverrides(settings.ruleOverrides);
  const { brand } = settings;
  const copyConfig =
    Object.keys(overrides.copy).length > 0 ? { ...brand, rules: { ...(brand.rules ?? {}), ...overrides.copy } } : brand;
  const options: AuditListingOptions = { copy: { config: copyConfig } };
  if (Object.keys(overrides.listing).length > 0) options.config = { rules: overrides.listing };
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
  // A walled page has no score and no product facts to compare: it is never a change since the last audit.
  if (last && report.scored) {
    record.previous = {
      at: last.at,
      score: last.score,
      // History keeps compact facts only, so compare like with like: both snapshots compacted the same way.
      changes: diffFacts(last.facts, listingFacts(input.listing)),
    };
  }
  return record;
}
