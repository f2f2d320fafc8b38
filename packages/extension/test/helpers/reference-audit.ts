/** The audit core computes in Node (happy-dom) for a fixture: what the extension must show for the same page. */
import { auditListing, extractListing, type ListingReport } from '@revloop/core/listing';
import { fixtureDocument } from './dom.js';

/** `config` is core's engine config over the listing rules (`{ rules: { 'listing/amazon/video': 'off' } }`). */
export function referenceAudit(html: string, url: string, config?: unknown): ListingReport {
  const listing = extractListing(fixtureDocument(html, url), url);
  return auditListing(listing, config === undefined ? { copy: { config: {} } } : { config, copy: { config: {} } });
}
