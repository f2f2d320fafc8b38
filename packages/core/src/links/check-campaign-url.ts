/** checkCampaignUrl: an engine report on one link under a policy, plus the GA4 channel it would land in. */

import { applyRuleSettings, type ResolvedRule } from '../engine/config.js';
import type { Finding } from '../engine/finding.js';
import type { Report } from '../engine/report.js';
import { type CompiledRunner, compileRunner, runRule } from '../engine/runner.js';
import type { CampaignChannelExplanation, CampaignChannelOptions } from './channel-group.js';
import type { Ga4ChannelGroup } from './channel-rules.js';
import { type CampaignCheckContext, campaignCheckContext } from './check-context.js';
import { type CampaignCheckOptions, readCampaignCheckArgs } from './check-options.js';
import type { CampaignValueRewrite } from './normalize.js';
import type { CampaignParams } from './params.js';
import { type CampaignPolicy, type CampaignPolicyInput, resolveCampaignPolicy } from './policy.js';
import { linksRules } from './rules/index.js';

export interface CampaignUrlReport extends Report {
  /** The GA4 default channel group the link would land in. */
  channel: Ga4ChannelGroup;
  /** Which channel rule fired, and in which rule-set version. */
  channelRule: CampaignChannelExplanation;
  /** The campaign parameters as GA4 reads them (first occurrence, query only). */
  params: CampaignParams;
  /**
   * Problems in the options or the policy (`config/invalid`, `field` naming the path such as
   * `policy.templates.paid-social.required`); only the bad setting is dropped. Never in `findings`, never scored.
   */
  configFindings: Finding[];
}

export interface CompiledCampaignPolicy {
  run: CompiledRunner<CampaignCheckContext>;
  /** Problems in `policy.rules` (unknown rule ids, bad options), with `field` naming the policy path. */
  configFindings: Finding[];
  /** Rules that report errors under this policy: all a builder needs to run to accept or refuse a link. */
  errorRules: ResolvedRule<CampaignCheckContext>[];
}

const compiled = new WeakMap<CampaignPolicy, CompiledCampaignPolicy>();

/** The runner for a policy's rule settings, compiled once per policy object. */
export function compileCampaignPolicy(policy: CampaignPolicy): CompiledCampaignPolicy {
  let hit = compiled.get(policy);
  if (!hit) {
    // policy.rules was validated with the policy (RuleSettingSchema), so only the settings step runs here.
    const { config, findings } = applyRuleSettings(linksRules, policy.rules);
    const errorRules = config.rules.filter((r) => r.severity === 'error');
    // The engine names rule settings `rules.<id>`; inside a policy they live at `policy.rules.<id>`.
    const configFindings = findings.map((f) => (f.field ? { ...f, field: `policy.${f.field}` } : f));
    hit = { run: compileRunner(config), configFindings, errorRules };
    compiled.set(policy, hit);
  }
  return hit;
}

/** The policy to check with and every problem found in it (schema and rule settings). */
export function resolveCompiledCampaignPolicy(input: unknown): {
  policy: CampaignPolicy;
  compiled: CompiledCampaignPolicy;
  findings: Finding[];
} {
  const { value, findings } = resolveCampaignPolicy(input);
  const hit = compileCampaignPolicy(value);
  return {
    policy: value,
    compiled: hit,
    findings: hit.configFindings.length > 0 ? [...findings, ...hit.configFindings] : findings,
  };
}

/**
 * Checks one link: `checkCampaignUrl(url, { policy, rulesVersion })`, the options `buildCampaignUrl` takes.
 * Never throws: a bad URL is a `links/invalid-url` finding, and a bad policy or option is a `configFindings`
 * entry naming its path (only that setting is dropped; it never changes `findings` or the score).
 */
export function checkCampaignUrl(url: string, options?: CampaignCheckOptions): CampaignUrlReport;
/**
 * @deprecated Pass the policy in the options object: `checkCampaignUrl(url, { policy, rulesVersion })`. The
 * positional policy keeps working until the next minor version.
 */
export function checkCampaignUrl(
  url: string,
  policy: CampaignPolicyInput | CampaignPolicy | undefined,
  options?: CampaignChannelOptions,
): CampaignUrlReport;
export function checkCampaignUrl(url: string, second?: unknown, third?: unknown): CampaignUrlReport {
  const args = readCampaignCheckArgs(second, third);
  const resolved = resolveCompiledCampaignPolicy(args.policy);
  return reportCampaignUrl(url, resolved, args.channel, args.findings);
}

/**
 * The report on one link under a resolved policy; `rewrites` are the builder's, for a link it just built. The
 * shared core of `checkCampaignUrl`, `buildCampaignUrlReport` and `buildCampaignMatrix`. Internal.
 */
export function reportCampaignUrl(
  url: string,
  resolved: { policy: CampaignPolicy; compiled: CompiledCampaignPolicy; findings: Finding[] },
  channel: CampaignChannelOptions | undefined,
  optionFindings: readonly Finding[] = [],
  rewrites: readonly CampaignValueRewrite[] = [],
): CampaignUrlReport {
  const ctx = campaignCheckContext(url, resolved.policy, channel, rewrites);
  const report = resolved.compiled.run(ctx);
  return {
    ...report,
    channel: ctx.channel.channel,
    channelRule: ctx.channel,
    params: ctx.params,
    configFindings: optionFindings.length > 0 ? [...optionFindings, ...resolved.findings] : resolved.findings,
  };
}

/** The error findings a link would get; what the builder runs after its fast path. Internal. */
export function campaignUrlErrors(
  url: string,
  policy: CampaignPolicy,
  channel: CampaignChannelOptions | undefined,
  skip?: ReadonlySet<string>,
  rewrites: readonly CampaignValueRewrite[] = [],
): Finding[] {
  const { errorRules } = compileCampaignPolicy(policy);
  const ctx = campaignCheckContext(url, policy, channel, rewrites);
  const errors: Finding[] = [];
  for (const entry of errorRules) {
    if (skip?.has(entry.rule.id)) continue;
    const found = runRule(entry, ctx);
    if (found) for (const f of found) if (f.severity === 'error') errors.push(f);
  }
  return errors;
}

/**
 * Only the error findings for a link (no score, no warnings, no config findings): what `buildCampaignUrl`
 * refuses a link for. Takes the same options as `checkCampaignUrl`; never throws.
 */
export function findCampaignUrlErrors(url: string, options?: CampaignCheckOptions): Finding[];
/** @deprecated Pass the policy in the options object: `findCampaignUrlErrors(url, { policy })`. */
export function findCampaignUrlErrors(
  url: string,
  policy: CampaignPolicyInput | CampaignPolicy | undefined,
  options?: CampaignChannelOptions,
): Finding[];
export function findCampaignUrlErrors(url: string, second?: unknown, third?: unknown): Finding[] {
  const args = readCampaignCheckArgs(second, third);
  return campaignUrlErrors(url, resolveCampaignPolicy(args.policy).value, args.channel);
}
