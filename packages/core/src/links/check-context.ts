/** The context every links rule reads: the scanned URL, its campaign pairs, the policy and the predicted channel. */
import { type CampaignChannelExplanation, type CampaignChannelOptions, explainChannelGroup } from './channel-group.js';
import { isCampaignUrlError } from './errors.js';
import type { CampaignValueRewrite } from './normalize.js';
import type { CampaignParams } from './params.js';
import { type CampaignPolicy, defaultCampaignPolicy, resolveCampaignPolicy } from './policy.js';
import { type CampaignUrlPair, type ScannedCampaignUrl, scanCampaignUrl } from './scan.js';
import { writeCampaignUrl } from './write-campaign-url.js';

export interface CampaignCheckContext {
  /** The input as given. */
  input: string;
  /** Null when the input is not an absolute web URL; `problem` then says why. */
  scanned: ScannedCampaignUrl | null;
  problem: string | undefined;
  /** Pairs that set one of the nine campaign fields (query and fragment). */
  campaignPairs: CampaignUrlPair[];
  /** First occurrence per field, as GA4 reads it (query only). */
  params: CampaignParams;
  policy: CampaignPolicy;
  channel: CampaignChannelExplanation;
  /** The values the builder rewrote on the way to this link (empty when checking a link as found). */
  rewrites: readonly CampaignValueRewrite[];
}

/** Builds the rule context; never throws for a bad URL (that becomes `problem`). */
export function campaignCheckContext(
  url: unknown,
  policy: CampaignPolicy = defaultCampaignPolicy,
  channelOptions?: CampaignChannelOptions,
  rewrites: readonly CampaignValueRewrite[] = [],
): CampaignCheckContext {
  let scanned: ScannedCampaignUrl | null = null;
  let problem: string | undefined;
  try {
    scanned = scanCampaignUrl(url);
  } catch (error) {
    if (!isCampaignUrlError(error)) throw error;
    problem = error.message;
  }
  const input = typeof url === 'string' ? url : '';
  const campaignPairs: CampaignUrlPair[] = [];
  const params: CampaignParams = {};
  for (const p of scanned?.pairs ?? []) {
    if (!p.field) continue;
    campaignPairs.push(p);
    if (!p.inFragment && params[p.field] === undefined) params[p.field] = p.value;
  }
  return {
    input,
    scanned,
    problem,
    campaignPairs,
    params,
    policy,
    channel: explainChannelGroup(params, channelOptions),
    rewrites,
  };
}

/**
 * Rule examples are URLs, `{ url, policy }` to show a policy setting, or `{ url, params, policy? }` to check the
 * link the builder makes from `url` and `params` (with the rewrites it made on the way).
 */
export function campaignExampleContext(input: unknown): CampaignCheckContext {
  if (typeof input === 'string') return campaignCheckContext(input);
  const { url, policy: policyInput, params } = input as { url: string; policy?: unknown; params?: unknown };
  const policy = resolveCampaignPolicy(policyInput).value;
  if (params === undefined) return campaignCheckContext(url, policy);
  const written = writeCampaignUrl(url, params, policy);
  return campaignCheckContext(written.url, policy, undefined, written.rewrites);
}
