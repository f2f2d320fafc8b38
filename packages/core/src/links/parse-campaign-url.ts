/** parseCampaignUrl: campaign params, click ids, other params and the clean URL of a tagged link. */
import { CAMPAIGN_CLICK_ID_KEYS, type CampaignParams } from './params.js';
import { type CampaignUrlPair, scanCampaignUrl } from './scan.js';
import { type CampaignUrlParts, joinCampaignUrl } from './split-url.js';

export interface ParsedCampaignUrl {
  /** The absolute URL that was parsed (trimmed, resolved against the base). */
  url: string;
  /**
   * The campaign parameters; the first occurrence wins, as in GA4, and keys stranded after `#` fill the gaps
   * (see `fragmentKeys`). Values are decoded; macros stay verbatim.
   */
  params: CampaignParams;
  /** Click ids by key (`gclid`, `fbclid`, …), first occurrence. */
  clickIds: Record<string, string>;
  /** Every other query pair, decoded, in order (unknown `utm_*` keys included). */
  otherParams: [key: string, value: string][];
  /** The landing page without campaign parameters and click ids. */
  cleanUrl: string;
  /** The URL without the nine campaign parameters only: `buildCampaignUrl(untaggedUrl, params)` rebuilds it. */
  untaggedUrl: string;
  /** Campaign keys that appear more than once. */
  duplicates: string[];
  /** Campaign keys found after `#`, where GA4 does not read them by default. */
  fragmentKeys: string[];
  parts: CampaignUrlParts;
}

/** The URL with some pairs removed from its query and fragment query; an emptied `?` goes too. */
export function withoutCampaignPairs(
  scanned: ReturnType<typeof scanCampaignUrl>,
  drop: (pair: CampaignUrlPair) => boolean,
): string {
  const { url, parts, pairs, fragmentQueryStart } = scanned;
  let query = '';
  let fragmentQuery = '';
  let droppedFromQuery = false;
  for (const p of pairs) {
    const remove = drop(p);
    if (p.inFragment) {
      if (!remove) fragmentQuery += (fragmentQuery ? '&' : '') + url.slice(p.start, p.end);
    } else if (remove) droppedFromQuery = true;
    else query += (query ? '&' : '') + url.slice(p.start, p.end);
  }
  let fragment = parts.fragment;
  if (fragment !== null && fragmentQueryStart !== -1) {
    const head = fragment.slice(0, fragmentQueryStart - (url.length - fragment.length));
    fragment = fragmentQuery ? head + fragmentQuery : head.endsWith('?') ? head.slice(0, -1) : head;
    if (fragment === '') fragment = null;
  }
  const keptQuery = droppedFromQuery ? query || null : parts.query;
  return joinCampaignUrl({ ...parts, query: keptQuery, fragment });
}

/**
 * Parses a tagged link. Throws `CampaignUrlError` when `url` is not an absolute web URL (or a relative one
 * with `options.base`). Utm keys are matched case-sensitively, as GA4 documents them in lowercase.
 */
export function parseCampaignUrl(url: string, options?: { base?: string }): ParsedCampaignUrl {
  const scanned = scanCampaignUrl(url, options?.base);
  const params: CampaignParams = {};
  const clickIds: Record<string, string> = {};
  const otherParams: [string, string][] = [];
  const duplicates: string[] = [];
  const fragmentKeys: string[] = [];
  let campaignPairs = 0;
  let clickPairs = 0;
  for (const p of scanned.pairs) {
    if (p.field) {
      campaignPairs++;
      if (p.inFragment) fragmentKeys.push(p.key);
      if (params[p.field] === undefined) params[p.field] = p.value;
      else if (!duplicates.includes(p.key)) duplicates.push(p.key);
    } else if (CAMPAIGN_CLICK_ID_KEYS.has(p.key)) {
      clickPairs++;
      if (clickIds[p.key] === undefined) clickIds[p.key] = p.value;
    } else otherParams.push([p.key, p.value]);
  }
  const untaggedUrl = campaignPairs > 0 ? withoutCampaignPairs(scanned, isCampaignPair) : scanned.url;
  const cleanUrl = clickPairs > 0 ? withoutCampaignPairs(scanned, isCampaignOrClickPair) : untaggedUrl;
  return {
    url: scanned.url,
    params,
    clickIds,
    otherParams,
    cleanUrl,
    untaggedUrl,
    duplicates,
    fragmentKeys,
    parts: scanned.parts,
  };
}

const isCampaignPair = (p: CampaignUrlPair) => p.field !== undefined;
const isCampaignOrClickPair = (p: CampaignUrlPair) => p.field !== undefined || CAMPAIGN_CLICK_ID_KEYS.has(p.key);
