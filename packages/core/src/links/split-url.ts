/** A small URL splitter (scheme, authority, path, query, fragment) that keeps every byte as written. */

import { describeValue } from '../engine/errors.js';
import { campaignUrlError } from './errors.js';

export interface CampaignUrlParts {
  /** Lowercased scheme without the colon (`https`). */
  scheme: string;
  /** Host, optional user info and port, as written. */
  authority: string;
  path: string;
  /** Text after `?` and before `#`, or null when there is no `?`. */
  query: string | null;
  /** Text after the first `#`, or null when there is none. */
  fragment: string | null;
  /** Offset of the query's first character in the input (−1 when there is no query). */
  queryStart: number;
}

const isAlpha = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isDigit = (c: number) => c >= 48 && c <= 57;
// Host characters WHATWG accepts without complaint, plus `[`, `]`, `:` and `@` for IPv6, ports and user info.
const AUTHORITY = /^(?:[^\s/?#@[\]\\<>^{}|"`%]*@)?(?:[A-Za-z0-9._~!$&'()*+,;=-]+|\[[0-9A-Fa-f:.]+\])(?::\d{0,5})?$/;

/**
 * Splits an absolute URL with an authority (`scheme://host…`) into its parts without re-encoding anything.
 * Returns null for anything else (relative URLs, `mailto:`, blank input, a malformed host).
 */
export function splitCampaignUrl(url: string): CampaignUrlParts | null {
  const n = url.length;
  let i = 0;
  if (n === 0 || !isAlpha(url.charCodeAt(0))) return null;
  for (i = 1; i < n; i++) {
    const c = url.charCodeAt(i);
    if (c === 58) break; // ':'
    if (!isAlpha(c) && !isDigit(c) && c !== 43 && c !== 45 && c !== 46) return null;
  }
  if (i >= n || url.charCodeAt(i + 1) !== 47 || url.charCodeAt(i + 2) !== 47) return null;
  const scheme = url.slice(0, i).toLowerCase();
  const authStart = i + 3;
  let j = authStart;
  while (j < n) {
    const c = url.charCodeAt(j);
    if (c === 47 || c === 63 || c === 35) break; // '/', '?', '#'
    j++;
  }
  const authority = url.slice(authStart, j);
  if (!AUTHORITY.test(authority)) return null;
  let k = j;
  while (k < n) {
    const c = url.charCodeAt(k);
    if (c === 63 || c === 35) break;
    k++;
  }
  const path = url.slice(j, k);
  let query: string | null = null;
  let fragment: string | null = null;
  let queryStart = -1;
  if (k < n && url.charCodeAt(k) === 63) {
    const hash = url.indexOf('#', k + 1);
    queryStart = k + 1;
    query = hash === -1 ? url.slice(k + 1) : url.slice(k + 1, hash);
    if (hash !== -1) fragment = url.slice(hash + 1);
  } else if (k < n) fragment = url.slice(k + 1);
  return { scheme, authority, path, query, fragment, queryStart };
}

/** Joins parts back into a URL; `join(split(u))` gives back `u` with the scheme lowercased. */
export function joinCampaignUrl(parts: Omit<CampaignUrlParts, 'queryStart'>): string {
  let out = `${parts.scheme}://${parts.authority}${parts.path}`;
  if (parts.query !== null) out += `?${parts.query}`;
  if (parts.fragment !== null) out += `#${parts.fragment}`;
  return out;
}

/** One `key=value` pair of a query, raw, with offsets into the string the query was taken from. */
export interface CampaignQueryPair {
  rawKey: string;
  /** Null when the pair has no `=`. */
  rawValue: string | null;
  start: number;
  end: number;
}

/** The query's pairs in order; empty pieces (`a=1&&b=2`) are skipped. `offset` shifts the ranges. */
export function scanCampaignQuery(query: string, offset = 0): CampaignQueryPair[] {
  const pairs: CampaignQueryPair[] = [];
  let at = 0;
  const n = query.length;
  while (at <= n) {
    let amp = query.indexOf('&', at);
    if (amp === -1) amp = n;
    if (amp > at) {
      const eq = query.indexOf('=', at);
      const hasEq = eq !== -1 && eq < amp;
      pairs.push({
        rawKey: query.slice(at, hasEq ? eq : amp),
        rawValue: hasEq ? query.slice(eq + 1, amp) : null,
        start: offset + at,
        end: offset + amp,
      });
    }
    at = amp + 1;
  }
  return pairs;
}

/** Trims what browsers trim (C0 controls and spaces at both ends). */
function trimUrl(url: string): string {
  let a = 0;
  let b = url.length;
  while (a < b && url.charCodeAt(a) <= 32) a++;
  while (b > a && url.charCodeAt(b - 1) <= 32) b--;
  return a === 0 && b === url.length ? url : url.slice(a, b);
}

/**
 * Makes `url` absolute: trims it, and resolves it against `base` when it is relative (`/p`, `//host/p`,
 * `?q`, `#f`, `p`). Throws `CampaignUrlError` when that is impossible.
 */
export function resolveCampaignUrl(url: unknown, base?: unknown): { url: string; parts: CampaignUrlParts } {
  if (typeof url !== 'string') {
    throw campaignUrlError('links/invalid-url', `The URL must be a string; got ${describeValue(url)}.`);
  }
  const input = trimUrl(url);
  const parts = splitCampaignUrl(input);
  if (parts) return { url: input, parts };
  if (input === '') throw campaignUrlError('links/invalid-url', 'The URL is empty.');
  if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(input)) {
    throw campaignUrlError('links/invalid-url', `"${clip(input)}" is not a web URL (expected scheme://host/…).`, input);
  }
  if (base === undefined) {
    throw campaignUrlError(
      'links/relative-url',
      `"${clip(input)}" is relative; pass a base URL (options.base) or write the full URL.`,
      input,
    );
  }
  if (typeof base !== 'string') {
    throw campaignUrlError(
      'links/invalid-url',
      `The base must be a string; got ${describeValue(base)}.`,
      undefined,
      'base',
    );
  }
  const baseParts = splitCampaignUrl(trimUrl(base));
  if (!baseParts) {
    throw campaignUrlError('links/invalid-url', `The base "${clip(base)}" is not an absolute web URL.`, base, 'base');
  }
  let resolved: string;
  const origin = `${baseParts.scheme}://${baseParts.authority}`;
  if (input.startsWith('//')) resolved = `${baseParts.scheme}:${input}`;
  else if (input.startsWith('/')) resolved = origin + input;
  else if (input.startsWith('?')) resolved = origin + baseParts.path + input;
  else if (input.startsWith('#')) resolved = joinCampaignUrl({ ...baseParts, fragment: input.slice(1) });
  else resolved = origin + (baseParts.path.slice(0, baseParts.path.lastIndexOf('/') + 1) || '/') + input;
  const out = splitCampaignUrl(resolved);
  if (!out) throw campaignUrlError('links/invalid-url', `"${clip(input)}" does not resolve to a web URL.`, input);
  return { url: resolved, parts: out };
}

function clip(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}
