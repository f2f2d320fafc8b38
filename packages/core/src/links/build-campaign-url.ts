/** buildCampaignUrl: tags a URL with campaign parameters, keeping its query order, fragment and macros intact. */
import { type Finding, sortFindings } from '../engine/finding.js';
import type { CampaignChannelOptions } from './channel-group.js';
import { findCampaignUrlErrors } from './check-campaign-url.js';
import { resolveCampaignPolicy } from './check-context.js';
import { encodeCampaignValue } from './encode.js';
import { CampaignUrlError } from './errors.js';
import { normalizeCampaignValue } from './normalize.js';
import { CAMPAIGN_PARAM_FIELDS, CAMPAIGN_PARAM_KEYS, type CampaignParamField, type CampaignParams } from './params.js';
import type { CampaignPolicy, CampaignPolicyInput } from './policy.js';
import { fragmentQueryOffset, scanCampaignUrl } from './scan.js';
import { joinCampaignUrl } from './split-url.js';

export interface BuildCampaignUrlOptions extends CampaignChannelOptions {
  /** The naming policy; `defaultCampaignPolicy` when omitted. */
  policy?: CampaignPolicyInput | CampaignPolicy;
  /** Base for a relative `url` (`/sale` + `https://shop.example.com`). */
  base?: string;
  /** Apply the policy to values (aliases, lowercase, spaces, separator). Default true. */
  normalize?: boolean;
  /** Check the result and throw `CampaignUrlError` on any error finding. Default true. */
  validate?: boolean;
}

const FIELD_SET = new Set<string>(CAMPAIGN_PARAM_FIELDS);

// What the builder guarantees by construction: a valid URL, one pair per campaign key, none after '#'.
const GUARANTEED: ReadonlySet<string> = new Set([
  'links/invalid-url',
  'links/duplicate-parameter',
  'links/fragment-before-query',
]);

const appendPair = (query: string, pair: string) => (query === '' ? pair : `${query}&${pair}`);

/** Appends `field`'s new value (nothing for `''`, which removes it) and marks the field written. */
function writeField(
  query: string,
  field: CampaignParamField,
  values: Map<CampaignParamField, string>,
  written: Set<string>,
): string {
  written.add(field);
  const value = values.get(field);
  return value ? appendPair(query, `${CAMPAIGN_PARAM_KEYS[field]}=${encodeCampaignValue(value)}`) : query;
}

/** The values to write, validated and normalized; `''` means remove the parameter. */
function prepare(params: unknown, policy: CampaignPolicy, normalize: boolean): Map<CampaignParamField, string> {
  if (typeof params !== 'object' || params === null || Array.isArray(params)) {
    throw new CampaignUrlError('invalid-params', [
      {
        ruleId: 'links/invalid-params',
        category: 'links',
        severity: 'error',
        field: 'params',
        message: 'params must be an object.',
      },
    ]);
  }
  const bad: Finding[] = [];
  const out = new Map<CampaignParamField, string>();
  for (const [name, raw] of Object.entries(params)) {
    if (!FIELD_SET.has(name)) {
      const hint =
        name === 'campaignId' || name === 'campaign_id' ? ' (the campaign id is `id`, written as utm_id)' : '';
      bad.push({
        ruleId: 'links/invalid-params',
        category: 'links',
        severity: 'error',
        field: name,
        message: `"${name}" is not a campaign parameter${hint}; use one of ${CAMPAIGN_PARAM_FIELDS.join(', ')}.`,
      });
      continue;
    }
    if (raw === undefined || raw === null) continue;
    if (typeof raw !== 'string' && typeof raw !== 'number') {
      bad.push({
        ruleId: 'links/invalid-params',
        category: 'links',
        severity: 'error',
        field: CAMPAIGN_PARAM_KEYS[name as CampaignParamField],
        message: `${CAMPAIGN_PARAM_KEYS[name as CampaignParamField]} must be a string, not ${typeof raw}.`,
      });
      continue;
    }
    const field = name as CampaignParamField;
    const text = String(raw);
    out.set(field, normalize && text !== '' ? normalizeCampaignValue(field, text, policy) : text);
  }
  if (bad.length > 0) throw new CampaignUrlError('invalid-params', bad);
  return out;
}

/**
 * Returns `url` tagged with `params`. Existing pairs keep their order and bytes; a campaign key already in
 * the query is replaced in place (later duplicates dropped); new keys are appended in the canonical order
 * (source, medium, campaign, id, term, content, then the GA4 extras); campaign keys stranded after `#` move
 * into the query; the fragment stays last. Values are encoded with `%20` for spaces; macros are verbatim.
 * An empty string removes a parameter, `undefined` leaves it as it is.
 * Throws `CampaignUrlError` for a non-URL, a relative URL without `base`, bad params, or an error finding.
 */
export function buildCampaignUrl(url: string, params: CampaignParams, options: BuildCampaignUrlOptions = {}): string {
  const policy = resolveCampaignPolicy(options.policy);
  const values = prepare(params, policy, options.normalize !== false);
  const scanned = scanCampaignUrl(url, options.base);
  const { parts, pairs } = scanned;
  const written = new Set<string>();
  let query = '';
  let dropped = false;
  for (const p of pairs) {
    if (p.inFragment) continue;
    if (!p.field) query = appendPair(query, scanned.url.slice(p.start, p.end));
    else if (written.has(p.field)) dropped = true;
    else if (values.has(p.field)) query = writeField(query, p.field, values, written);
    else {
      written.add(p.field);
      query = appendPair(query, scanned.url.slice(p.start, p.end));
    }
  }
  // Campaign pairs written after '#' move into the query (GA4 would not read them there).
  let fragment = parts.fragment;
  const inFragment = pairs.filter((p) => p.inFragment);
  if (fragment !== null && inFragment.some((p) => p.field)) {
    let rest = '';
    for (const p of inFragment) {
      const raw = scanned.url.slice(p.start, p.end);
      if (!p.field) rest += (rest ? '&' : '') + raw;
      else if (!written.has(p.field) && !values.has(p.field)) {
        written.add(p.field);
        query = appendPair(query, raw);
      }
    }
    const head = fragment.slice(0, fragmentQueryOffset(fragment));
    fragment = rest ? head + rest : head.endsWith('?') ? head.slice(0, -1) : head;
    if (fragment === '') fragment = null;
  }
  for (const field of CAMPAIGN_PARAM_FIELDS) {
    if (values.has(field) && !written.has(field)) query = writeField(query, field, values, written);
  }
  const hadQuery = parts.query !== null && (parts.query !== '' || query === '');
  const out = joinCampaignUrl({
    ...parts,
    query: query !== '' ? query : hadQuery && !dropped && pairs.length === 0 ? parts.query : null,
    fragment,
  });
  if (options.validate !== false) {
    const errors = findCampaignUrlErrors(out, policy, { ...options, skip: GUARANTEED });
    if (errors.length > 0) throw new CampaignUrlError('policy', sortFindings(errors));
  }
  return out;
}
