/** The context every links rule reads: the scanned URL, its campaign pairs, the policy and the predicted channel. */
import { type CampaignChannelExplanation, type CampaignChannelOptions, explainChannelGroup } from './channel-group.js';
import { CampaignUrlError } from './errors.js';
import type { CampaignParams } from './params.js';
import { type CampaignPolicy, defaultCampaignPolicy, parseCampaignPolicy } from './policy.js';
import { type CampaignUrlPair, type ScannedCampaignUrl, scanCampaignUrl } from './scan.js';

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
}

const policyCache = new WeakMap<object, CampaignPolicy>();

/** A parsed policy from a policy or partial policy input, cached per object. */
export function resolveCampaignPolicy(input: unknown): CampaignPolicy {
  if (input === undefined || input === null) return defaultCampaignPolicy;
  if (typeof input !== 'object') return parseCampaignPolicy(input);
  const hit = policyCache.get(input);
  if (hit) return hit;
  const parsed = parseCampaignPolicy(input);
  policyCache.set(input, parsed);
  policyCache.set(parsed, parsed);
  return parsed;
}

/** Builds the rule context; never throws for a bad URL (that becomes `problem`). */
export function campaignCheckContext(
  input: string,
  policy: CampaignPolicy = defaultCampaignPolicy,
  channelOptions?: CampaignChannelOptions,
): CampaignCheckContext {
  let scanned: ScannedCampaignUrl | null = null;
  let problem: string | undefined;
  try {
    scanned = scanCampaignUrl(input);
  } catch (error) {
    if (!(error instanceof CampaignUrlError)) throw error;
    problem = error.message;
  }
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
  };
}

/** Rule examples are URLs, or `{ url, policy }` to show a policy setting. */
export function campaignExampleContext(input: unknown): CampaignCheckContext {
  if (typeof input === 'string') return campaignCheckContext(input);
  const { url, policy } = input as { url: string; policy?: unknown };
  return campaignCheckContext(url, resolveCampaignPolicy(policy));
}
