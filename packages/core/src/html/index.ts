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
  const document = parseHTML(source).document as unknown as Document;
  lowerCaseAttributeNames(document);
  return document;
}

const SVG_NAMESPACE = 'http://www.w3.org/2000/svg';

/**
 * Lower-cases HTML attribute names as a browser's parser does (`itemProp` → `itemprop`); linkedom keeps
 * them as written, which hid React-rendered microdata from every `[itemprop]` query. When both spellings
 * occur the lower-case one is kept. SVG attributes (`viewBox`) keep their case.
 */
function lowerCaseAttributeNames(document: Document): void {
  const elements = document.querySelectorAll('*');
  for (let i = 0; i < elements.length; i++) {
    const el = elements[i] as Element;
    if (el.namespaceURI === SVG_NAMESPACE) continue;
    const names = el.getAttributeNames();
    for (const name of names) {
      const lower = name.toLowerCase();
      if (lower === name) continue;
      const value = el.getAttribute(name) ?? '';
      el.removeAttribute(name);
      if (!el.hasAttribute(lower)) el.setAttribute(lower, value);
    }
  }
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
