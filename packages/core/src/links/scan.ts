/** Scans a URL into decoded pairs with offsets: the shared first step of parsing and checking. */
import { decodeCampaignQueryComponent, decodeCampaignValue } from './encode.js';
import { type CampaignParamField, campaignFieldForKey } from './params.js';
import { type CampaignUrlParts, resolveCampaignUrl, scanCampaignQuery } from './split-url.js';

export interface CampaignUrlPair {
  key: string;
  value: string;
  rawValue: string | null;
  /** The campaign field this key sets, if it is one of the nine `utm_*` keys. */
  field: CampaignParamField | undefined;
  /** `[start, end)` of the whole pair and of the raw value in the URL. */
  start: number;
  end: number;
  valueStart: number;
  /** True for pairs written after `#` (`#section?utm_source=…`), where GA4 does not read them by default. */
  inFragment: boolean;
}

export interface ScannedCampaignUrl {
  url: string;
  parts: CampaignUrlParts;
  pairs: CampaignUrlPair[];
  /** Offset of the query inside the fragment (`#frag?query`), or −1. */
  fragmentQueryStart: number;
}

function toPairs(query: string, offset: number, inFragment: boolean, out: CampaignUrlPair[]): void {
  for (const p of scanCampaignQuery(query, offset)) {
    const key = p.rawKey.includes('%') || p.rawKey.includes('+') ? decodeCampaignQueryComponent(p.rawKey) : p.rawKey;
    out.push({
      key,
      value: p.rawValue === null ? '' : decodeCampaignValue(p.rawValue),
      rawValue: p.rawValue,
      field: campaignFieldForKey(key),
      start: p.start,
      end: p.end,
      valueStart: p.rawValue === null ? p.end : p.end - p.rawValue.length,
      inFragment,
    });
  }
}

/** Where a fragment carries a query GA4 would miss: `#frag?utm_…` or a bare `#utm_…`. */
export function fragmentQueryOffset(fragment: string | null): number {
  if (fragment === null) return -1;
  const q = fragment.indexOf('?');
  if (q !== -1) return q + 1;
  return fragment.startsWith('utm_') ? 0 : -1;
}

/** Resolves and splits `url` and decodes its query pairs. Throws `CampaignUrlError` for a non-URL. */
export function scanCampaignUrl(url: unknown, base?: unknown): ScannedCampaignUrl {
  const { url: absolute, parts } = resolveCampaignUrl(url, base);
  const pairs: CampaignUrlPair[] = [];
  if (parts.query !== null) toPairs(parts.query, parts.queryStart, false, pairs);
  let fragmentQueryStart = -1;
  const inFrag = fragmentQueryOffset(parts.fragment);
  if (inFrag !== -1 && parts.fragment !== null) {
    const fragmentStart = absolute.length - parts.fragment.length;
    fragmentQueryStart = fragmentStart + inFrag;
    toPairs(parts.fragment.slice(inFrag), fragmentQueryStart, true, pairs);
  }
  return { url: absolute, parts, pairs, fragmentQueryStart };
}
