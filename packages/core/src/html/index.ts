/** @revloop/core/html: the Node entry; parses HTML with linkedom and runs the same extraction and audit as the browser. */
/// <reference lib="dom" />
import { parseHTML } from 'linkedom';
import { type AuditListingOptions, auditListing, type ListingReport } from '../listing/audit-listing.js';
import { extractListing } from '../listing/extract-listing.js';
import type { Listing } from '../listing/listing-schema.js';

/** Parses an HTML string into a standard DOM `Document` (linkedom). Malformed markup is repaired, never thrown on. */
export function parseHtmlDocument(html: string): Document {
  // linkedom needs a root element to build a full document; a fragment gets one.
  const source = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  return parseHTML(source).document as unknown as Document;
}

export interface AuditHtmlResult {
  listing: Listing;
  report: ListingReport;
}

/** Parses `html`, extracts the listing as if served from `url`, and audits it. For batch and CI use. */
export function auditHtml(html: string, url: string, options?: AuditListingOptions): AuditHtmlResult {
  const listing = extractListing(parseHtmlDocument(html), url);
  return { listing, report: auditListing(listing, options) };
}
