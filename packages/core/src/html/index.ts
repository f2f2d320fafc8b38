/** @revloop/core/html: the Node entry; parses HTML with linkedom and runs the same extraction and audit as the browser. */
/// <reference lib="dom" />
import { parseHTML } from 'linkedom';
import { invalidInputError } from '../engine/errors.js';
import { type AuditListingOptions, auditListing, type ListingReport } from '../listing/audit-listing.js';
import { extractListing } from '../listing/extract-listing.js';
import type { Listing } from '../listing/listing-schema.js';
import { assertParseableHtml } from './guard.js';

export { assertParseableHtml, HTML_MAX_CHARS, HTML_MAX_DEPTH } from './guard.js';

/**
 * Parses an HTML string into a standard DOM `Document` (linkedom). Malformed markup is repaired, never
 * thrown on; a non-string, more than `HTML_MAX_CHARS` characters or nesting deeper than `HTML_MAX_DEPTH`
 * throws a RevloopError (`html/invalid-input`, `html/too-large`, `html/too-deep`) before any parsing.
 */
export function parseHtmlDocument(html: string): Document {
  assertParseableHtml(html);
  return parseChecked(html);
}

/** linkedom, after the guards. */
function parseChecked(html: string): Document {
  // linkedom needs a root element to build a full document; a fragment gets one.
  const source = /<html[\s>]/i.test(html) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  return parseHTML(source).document as unknown as Document;
}

export interface AuditHtmlResult {
  listing: Listing;
  report: ListingReport;
}

/**
 * Parses `html`, extracts the listing as if served from `url`, and audits it. For batch and CI use.
 * Throws only RevloopErrors: the size and depth guards of `parseHtmlDocument`, or a non-string `url`.
 */
export function auditHtml(html: string, url: string, options?: AuditListingOptions): AuditHtmlResult {
  assertParseableHtml(html);
  if (typeof url !== 'string') throw invalidInputError('html', 'url', url, 'the page URL as a string');
  const listing = extractListing(parseChecked(html), url);
  return { listing, report: auditListing(listing, options) };
}
