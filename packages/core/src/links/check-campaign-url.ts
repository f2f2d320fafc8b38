/** checkCampaignUrl: an engine report on one link under a policy, plus the GA4 channel it would land in. */

import { applyRuleSettings, type ResolvedRule } from '../engine/config.js';
import type { Finding } from '../engine/finding.js';
import type { Report } from '../engine/report.js';
import { type CompiledRunner, compileRunner, runRule } from '../engine/runner.js';
import type { CampaignChannelExplanation, CampaignChannelOptions } from './channel-group.js';
import type { Ga4ChannelGroup } from './channel-rules.js';
import { type CampaignCheckContext, campaignCheckContext, resolveCampaignPolicy } from './check-context.js';
import type { CampaignParams } from './params.js';
import type { CampaignPolicy, CampaignPolicyInput } from './policy.js';
import { linksRules } from './rules/index.js';

export interface CampaignUrlReport extends Report {
  /** The GA4 default channel group the link would land in. */
  channel: Ga4ChannelGroup;
  /** Which channel rule fired, and in which rule-set version. */
  channelRule: CampaignChannelExplanation;
  /** The campaign parameters as GA4 reads them (first occurrence, query only). */
  params: CampaignParams;
}

interface CompiledPolicy {
  run: CompiledRunner<CampaignCheckContext>;
  configFindings: Finding[];
  /** Rules that report errors under this policy: all a builder needs to run to accept or refuse a link. */
  errorRules: ResolvedRule<CampaignCheckContext>[];
}

const compiled = new WeakMap<CampaignPolicy, CompiledPolicy>();

/** The runner for a policy's rule settings, compiled once per policy object. */
export function compileCampaignPolicy(policy: CampaignPolicy): CompiledPolicy {
  let hit = compiled.get(policy);
  if (!hit) {
    // policy.rules was validated with the policy (RuleSettingSchema), so only the settings step runs here.
    const { config, findings } = applyRuleSettings(linksRules, policy.rules);
    const errorRules = config.rules.filter((r) => r.severity === 'error');
    hit = { run: compileRunner(config), configFindings: findings, errorRules };
    compiled.set(policy, hit);
  }
  return hit;
}

/**
 * Checks one link. Never throws for a bad URL (that is a `links/invalid-url` finding); throws
 * `CampaignUrlError` only when `policy` itself is invalid.
 */
export function checkCampaignUrl(
  url: string,
  policy?: CampaignPolicyInput | CampaignPolicy,
  options?: CampaignChannelOptions,
): CampaignUrlReport {
  const resolved = resolveCampaignPolicy(policy);
  const { run, configFindings } = compileCampaignPolicy(resolved);
  const ctx = campaignCheckContext(typeof url === 'string' ? url : '', resolved, options);
  const report = run(ctx, configFindings.length > 0 ? { extraFindings: configFindings } : undefined);
  return { ...report, channel: ctx.channel.channel, channelRule: ctx.channel, params: ctx.params };
}

/**
 * Only the error findings for a link (no score, no warnings): the fast path `buildCampaignUrl` uses to
 * accept or refuse what it built.
 */
export function findCampaignUrlErrors(
  url: string,
  policy?: CampaignPolicyInput | CampaignPolicy,
  options?: CampaignChannelOptions & {
    /** Rule ids the caller guarantees cannot fire (the builder's own output has no duplicates, for example). */
    skip?: ReadonlySet<string>;
  },
): Finding[] {
  const resolved = resolveCampaignPolicy(policy);
  const { errorRules, configFindings } = compileCampaignPolicy(resolved);
  const ctx = campaignCheckContext(url, resolved, options);
  const errors = configFindings.filter((f) => f.severity === 'error');
  for (const entry of errorRules) {
    if (options?.skip?.has(entry.rule.id)) continue;
    const found = runRule(entry, ctx);
    if (found) for (const f of found) if (f.severity === 'error') errors.push(f);
  }
  return errors;
}
