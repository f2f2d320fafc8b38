/** History keys scoped to the page's own site, so no page can write its audit into another site's listing history. */
import type { Listing } from '@revloop/core/listing';
import { fingerprint } from './history-record.js';

/** Keys travel in `history:get` (at most 500 characters): longer ones keep their start plus a fingerprint of the rest. */
export const MAX_KEY_LENGTH = 480;

const bounded = (key: string): string =>
  key.length <= MAX_KEY_LENGTH ? key : `${key.slice(0, MAX_KEY_LENGTH - 10)}#${fingerprint(key)}`;

/**
 * Leading labels that name the same storefront on another host: www.amazon.com, m.amazon.com and smile.amazon.com
 * are one site. Without a public-suffix list we cannot compute registrable domains, so "same site" is deliberately
 * narrow: equal hosts after stripping one of these labels. Sibling subdomains (shop.example.com vs
 * blog.example.com) count as different sites; that only splits history, it never lets one site write another's.
 */
export const SITE_ALIAS_LABELS: readonly string[] = ['www', 'm', 'smile'];

/** The host with one alias label stripped (`www.amazon.com` → `amazon.com`), lower-cased, port kept. */
export function siteHost(url: URL): string {
  let host = url.hostname.toLowerCase().replace(/\.$/, '');
  const dot = host.indexOf('.');
  // Only when a dotted name remains: `www.com` stays itself rather than becoming the bare suffix `com`.
  if (dot > 0 && SITE_ALIAS_LABELS.includes(host.slice(0, dot)) && host.indexOf('.', dot + 1) > dot) {
    host = host.slice(dot + 1);
  }
  return url.port ? `${host}:${url.port}` : host;
}

const WEB = new Set(['http:', 'https:']);

/** Both web URLs on the same site as defined above (scheme may differ: http pages often declare https canonicals). */
export function isSameSite(a: URL, b: URL): boolean {
  return WEB.has(a.protocol) && WEB.has(b.protocol) && siteHost(a) === siteHost(b);
}

/** The page's canonical URL when it is on the page's own site, else null (cross-site canonicals are ignored). */
export function trustedCanonical(canonical: string | null, page: URL): URL | null {
  if (!canonical) return null;
  try {
    const url = new URL(canonical, page);
    return isSameSite(url, page) ? url : null;
  } catch {
    return null;
  }
}

/**
 * A stable key for a listing, always prefixed with the page's own site: `amazon:amazon.com:B0…` when the page
 * names a product id, else `generic:shop.example.com/products/x` from the same-site canonical or the page's path.
 * `pageUrl` is where the audit happened (the content script's page, checked against the message sender).
 */
export function listingKey(listing: Listing, pageUrl: string = listing.url): string {
  let page: URL;
  try {
    page = new URL(pageUrl);
  } catch {
    return bounded(`${listing.marketplace}:invalid:${pageUrl}`);
  }
  const site = siteHost(page);
  const ids = listing.ids;
  const id = ids.asin ?? ids.itemId ?? ids.sku ?? ids.gtin;
  if (id) return bounded(`${listing.marketplace}:${site}:${id}`);
  const where = trustedCanonical(listing.seo.canonical, page) ?? page;
  return bounded(`${listing.marketplace}:${site}${where.pathname}`);
}
