/** The audit core computes in Node (happy-dom) for a fixture: what the extension must show for the same page. */
import { auditListing, extractListing, type ListingReport } from '@revloop/core/listing';
import { fixtureDocument } from './dom.js';

export function referenceAudit(html: string, url: string): ListingReport {
  const listing = extractListing(fixtureDocument(html, url), url);
  return auditListing(listing, { copy: { config: {} } });
}
