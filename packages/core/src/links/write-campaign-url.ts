/** writeCampaignUrl: the builder's writing step, a tagged link from a URL and params with no checks run. Internal. */
import { prepareCampaignValues } from './build-values.js';
import { encodeCampaignValue } from './encode.js';
import type { CampaignValueRewrite } from './normalize.js';
import { CAMPAIGN_FIELD_INDEX, CAMPAIGN_PARAM_FIELDS, CAMPAIGN_PARAM_KEYS, type CampaignParamField } from './params.js';
import type { CampaignPolicy } from './policy.js';
import { type CampaignUrlPair, fragmentQueryOffset, scanCampaignUrl } from './scan.js';
import { joinCampaignUrl } from './split-url.js';

/** The tagged link and what it was made from, as the builder's fast validation reads it. */
export interface WrittenCampaignUrl {
  /** The finished link. */
  url: string;
  /** The authority of the (resolved) input URL, unchanged in the output. */
  authority: string;
  /** The input's scanned pairs. */
  pairs: readonly CampaignUrlPair[];
  /** True when the input had pairs after `#`. */
  fragmentPairs: boolean;
  /** The values written; `''` removed the parameter. */
  values: ReadonlyMap<CampaignParamField, string>;
  /** The encoded values as written, by field index (`CAMPAIGN_FIELD_INDEX`). */
  raws: readonly (string | undefined)[];
  /** The values a policy rewrite changed (empty unless the policy or the call asks for rewrites). */
  rewrites: readonly CampaignValueRewrite[];
}

const appendPair = (query: string, pair: string) => (query === '' ? pair : `${query}&${pair}`);

/** Appends `field`'s new value (nothing for `''`, which removes it); the caller marks the field written. */
function writeField(
  query: string,
  field: CampaignParamField,
  values: Map<CampaignParamField, string>,
  raws: (string | undefined)[],
): string {
  const value = values.get(field);
  if (!value) return query;
  const raw = encodeCampaignValue(value);
  raws[CAMPAIGN_FIELD_INDEX[field]] = raw;
  return appendPair(query, `${CAMPAIGN_PARAM_KEYS[field]}=${raw}`);
}

/**
 * Writes `params` into `url` as `buildCampaignUrl` documents it (query order kept, keys replaced in place, campaign
 * keys after `#` moved into the query). Throws `CampaignUrlError` for bad params or a URL it cannot read.
 */
export function writeCampaignUrl(
  url: unknown,
  params: unknown,
  policy: CampaignPolicy,
  options: { base?: unknown; normalize?: boolean | undefined } = {},
): WrittenCampaignUrl {
  const { values, rewrites } = prepareCampaignValues(params, policy, options.normalize);
  const scanned = scanCampaignUrl(url, options.base);
  const { parts, pairs } = scanned;
  // The campaign fields already written, one bit per CAMPAIGN_FIELD_INDEX.
  let written = 0;
  const raws: (string | undefined)[] = [];
  let query = '';
  let dropped = false;
  for (const p of pairs) {
    if (p.inFragment) continue;
    if (!p.field) {
      query = appendPair(query, scanned.url.slice(p.start, p.end));
      continue;
    }
    const bit = 1 << CAMPAIGN_FIELD_INDEX[p.field];
    if (written & bit) dropped = true;
    else {
      written |= bit;
      query = values.has(p.field)
        ? writeField(query, p.field, values, raws)
        : appendPair(query, scanned.url.slice(p.start, p.end));
    }
  }
  // Campaign pairs written after '#' move into the query (GA4 would not read them there).
  let fragment = parts.fragment;
  const inFragment = scanned.fragmentQueryStart === -1 ? [] : pairs.filter((p) => p.inFragment);
  if (fragment !== null && inFragment.some((p) => p.field)) {
    let rest = '';
    for (const p of inFragment) {
      const raw = scanned.url.slice(p.start, p.end);
      if (!p.field) rest += (rest ? '&' : '') + raw;
      else if (!(written & (1 << CAMPAIGN_FIELD_INDEX[p.field])) && !values.has(p.field)) {
        written |= 1 << CAMPAIGN_FIELD_INDEX[p.field];
        query = appendPair(query, raw);
      }
    }
    const head = fragment.slice(0, fragmentQueryOffset(fragment));
    fragment = rest ? head + rest : head.endsWith('?') ? head.slice(0, -1) : head;
    if (fragment === '') fragment = null;
  }
  for (let index = 0; index < CAMPAIGN_PARAM_FIELDS.length; index++) {
    const field = CAMPAIGN_PARAM_FIELDS[index]!;
    if (values.has(field) && !(written & (1 << index))) {
      written |= 1 << index;
      query = writeField(query, field, values, raws);
    }
  }
  const hadQuery = parts.query !== null && (parts.query !== '' || query === '');
  const out = joinCampaignUrl({
    scheme: parts.scheme,
    authority: parts.authority,
    path: parts.path,
    query: query !== '' ? query : hadQuery && !dropped && pairs.length === 0 ? parts.query : null,
    fragment,
  });
  return {
    url: out,
    authority: parts.authority,
    pairs,
    fragmentPairs: scanned.fragmentQueryStart !== -1,
    values,
    raws,
    rewrites,
  };
}
