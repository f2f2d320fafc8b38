/** buildCampaignUrl: tags a URL with campaign parameters, keeping its query order, fragment, macros and values intact. */
import { sortFindings } from '../engine/finding.js';
import type { CampaignChannelOptions } from './channel-group.js';
import { CAMPAIGN_CHANNEL_RULE_SETS } from './channel-rules.js';
import { campaignUrlErrors, resolveCompiledCampaignPolicy } from './check-campaign-url.js';
import { CampaignUrlError, campaignInputError } from './errors.js';
import { BUILDER_GUARANTEED_RULES, builtCampaignUrlIsClean } from './fast-validate.js';
import type { CampaignParams } from './params.js';
import type { CampaignPolicy, CampaignPolicyInput } from './policy.js';
import { type WrittenCampaignUrl, writeCampaignUrl } from './write-campaign-url.js';

export interface BuildCampaignUrlOptions extends CampaignChannelOptions {
  /** The naming policy; `defaultCampaignPolicy` when omitted. */
  policy?: CampaignPolicyInput | CampaignPolicy;
  /** Base for a relative `url` (`/sale` + `https://shop.example.com`). */
  base?: string;
  /**
   * Overrides `policy.normalize` for this call. Omitted: the policy decides (the default policy rewrites nothing,
   * so values are only trimmed and encoded). `true`: every rewrite the policy defines (aliases, lowercase, spaces,
   * separator). `false`: values exactly as given, not even trimmed.
   */
  normalize?: boolean;
  /** Check the result and throw `CampaignUrlError` on any error finding. Default true. */
  validate?: boolean;
}

// What the builder guarantees by construction: a valid URL, one pair per campaign key, none after '#'.
const GUARANTEED = BUILDER_GUARANTEED_RULES;

/** Throws `links/invalid-input` for an options argument or option of the wrong type. */
export function checkBuildCampaignUrlOptions(options: unknown): BuildCampaignUrlOptions {
  if (options === undefined || options === null) return {};
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw campaignInputError('options', options, 'an object');
  }
  const o = options as BuildCampaignUrlOptions;
  if (
    o.rulesVersion !== undefined &&
    !(typeof o.rulesVersion === 'string' && Object.hasOwn(CAMPAIGN_CHANNEL_RULE_SETS, o.rulesVersion))
  ) {
    throw campaignInputError('rulesVersion', o.rulesVersion, Object.keys(CAMPAIGN_CHANNEL_RULE_SETS).join(' or '));
  }
  if (o.normalize !== undefined && typeof o.normalize !== 'boolean') {
    throw campaignInputError('normalize', o.normalize, 'true, false or undefined');
  }
  return o;
}

/**
 * Throws `CampaignUrlError` (`links/policy`) when the written link has an error finding under `policy`. The fast
 * path judges the link from its parts; only a link it cannot clear gets the full check (whose findings are then
 * the error's), so a refused link reports exactly what checkCampaignUrl would.
 */
export function refuseCampaignUrlErrors(
  written: WrittenCampaignUrl,
  policy: CampaignPolicy,
  channel: CampaignChannelOptions | undefined,
): void {
  if (builtCampaignUrlIsClean(written, policy)) return;
  const errors = campaignUrlErrors(written.url, policy, channel, GUARANTEED, written.rewrites);
  if (errors.length > 0) throw new CampaignUrlError('links/policy', sortFindings(errors));
}

/**
 * Returns `url` tagged with `params`. Existing pairs keep their order and bytes; a campaign key already in
 * the query is replaced in place (later duplicates dropped); new keys are appended in the canonical order
 * (source, medium, campaign, id, term, content, then the GA4 extras); campaign keys stranded after `#` move
 * into the query; the fragment stays last. Values are trimmed and encoded with `%20` for spaces, and otherwise
 * written as given: the builder rewrites a value (aliases, lowercase, spaces, separator) only when
 * `policy.normalize` or `options.normalize` asks for it. Macros are verbatim. An empty string removes a
 * parameter, `undefined` leaves it as it is. `buildCampaignUrlReport` returns the same link with its findings.
 * Throws `CampaignUrlError`: `links/invalid-url` or `links/relative-url` for a non-URL or a relative URL without
 * `base`, `links/invalid-params` for bad params, `links/invalid-policy` (with `config/invalid` findings naming the
 * policy path) for an invalid policy, `links/invalid-input` for a wrong-typed option, and `links/policy` when the
 * built link has an error finding.
 */
export function buildCampaignUrl(url: string, params: CampaignParams, options?: BuildCampaignUrlOptions): string {
  const o = checkBuildCampaignUrlOptions(options);
  // A builder has no report to carry config findings, so a policy error refuses the link under its own code.
  const resolved = resolveCompiledCampaignPolicy(o.policy);
  const policyErrors = resolved.findings.filter((f) => f.severity === 'error');
  if (policyErrors.length > 0) throw new CampaignUrlError('links/invalid-policy', policyErrors);
  const policy = resolved.policy;
  const written = writeCampaignUrl(url, params, policy, { base: o.base, normalize: o.normalize });
  if (o.validate !== false) {
    refuseCampaignUrlErrors(
      written,
      policy,
      o.rulesVersion === undefined ? undefined : { rulesVersion: o.rulesVersion },
    );
  }
  return written.url;
}
