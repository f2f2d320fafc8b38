/** buildCampaignUrl: tags a URL with campaign parameters, keeping its query order, fragment and macros intact. */
import { sortFindings } from '../engine/finding.js';
import { prepareCampaignValues } from './build-values.js';
import type { CampaignChannelOptions } from './channel-group.js';
import { CAMPAIGN_CHANNEL_RULE_SETS } from './channel-rules.js';
import { campaignUrlErrors, resolveCompiledCampaignPolicy } from './check-campaign-url.js';
import { encodeCampaignValue } from './encode.js';
import { CampaignUrlError, campaignInputError } from './errors.js';
import { BUILDER_GUARANTEED_RULES, builtCampaignUrlIsClean, CAMPAIGN_FIELD_INDEX } from './fast-validate.js';
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

// What the builder guarantees by construction: a valid URL, one pair per campaign key, none after '#'.
const GUARANTEED = BUILDER_GUARANTEED_RULES;

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
 * Returns `url` tagged with `params`. Existing pairs keep their order and bytes; a campaign key already in
 * the query is replaced in place (later duplicates dropped); new keys are appended in the canonical order
 * (source, medium, campaign, id, term, content, then the GA4 extras); campaign keys stranded after `#` move
 * into the query; the fragment stays last. Values are encoded with `%20` for spaces; macros are verbatim.
 * An empty string removes a parameter, `undefined` leaves it as it is.
 * Throws `CampaignUrlError`: `links/invalid-url` or `links/relative-url` for a non-URL or a relative URL without
 * `base`, `links/invalid-params` for bad params, `links/invalid-policy` (with `config/invalid` findings naming the
 * policy path) for an invalid policy, `links/invalid-input` for a wrong-typed option, and `links/policy` when the
 * built link has an error finding.
 */
export function buildCampaignUrl(url: string, params: CampaignParams, options?: BuildCampaignUrlOptions): string {
  if (options === undefined || options === null) options = {};
  else if (typeof options !== 'object' || Array.isArray(options)) {
    throw campaignInputError('options', options, 'an object');
  }
  if (
    options.rulesVersion !== undefined &&
    !(typeof options.rulesVersion === 'string' && Object.hasOwn(CAMPAIGN_CHANNEL_RULE_SETS, options.rulesVersion))
  ) {
    throw campaignInputError(
      'rulesVersion',
      options.rulesVersion,
      Object.keys(CAMPAIGN_CHANNEL_RULE_SETS).join(' or '),
    );
  }
  // A builder has no report to carry config findings, so a policy error refuses the link under its own code.
  const resolved = resolveCompiledCampaignPolicy(options.policy);
  const policyErrors = resolved.findings.filter((f) => f.severity === 'error');
  if (policyErrors.length > 0) throw new CampaignUrlError('links/invalid-policy', policyErrors);
  const policy = resolved.policy;
  const values = prepareCampaignValues(params, policy, options.normalize !== false);
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
  // The fast path judges the link from its parts; only a link it cannot clear gets the full check (whose
  // findings are then the error's), so a refused link reports exactly what checkCampaignUrl would.
  if (
    options.validate !== false &&
    !builtCampaignUrlIsClean(
      {
        url: out,
        authority: parts.authority,
        pairs,
        fragmentPairs: scanned.fragmentQueryStart !== -1,
        values,
        raws,
      },
      policy,
    )
  ) {
    const channel = options.rulesVersion === undefined ? undefined : { rulesVersion: options.rulesVersion };
    const errors = campaignUrlErrors(out, policy, channel, GUARANTEED);
    if (errors.length > 0) throw new CampaignUrlError('links/policy', sortFindings(errors));
  }
  return out;
}
