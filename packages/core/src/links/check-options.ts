/** Reads the `{ policy, rulesVersion }` options of the check functions, and the deprecated positional policy. */
import { describeValue } from '../engine/errors.js';
import type { Finding } from '../engine/finding.js';
import type { CampaignChannelOptions } from './channel-group.js';
import { CAMPAIGN_CHANNEL_RULE_SETS } from './channel-rules.js';
import { type CampaignPolicy, type CampaignPolicyInput, CampaignPolicySchema } from './policy.js';

/** Options of `checkCampaignUrl`, `findCampaignUrlErrors` and `buildCampaignMatrix`, as `buildCampaignUrl` takes them. */
export interface CampaignCheckOptions extends CampaignChannelOptions {
  /** The naming policy; `defaultCampaignPolicy` when omitted. */
  policy?: CampaignPolicyInput | CampaignPolicy;
}

export interface CampaignCheckArgs {
  /** The policy input, still to be resolved. */
  policy: unknown;
  channel: CampaignChannelOptions;
  /** `config/invalid` findings for bad options (never for the policy itself). */
  findings: Finding[];
}

const POLICY_KEYS: ReadonlySet<string> = new Set(Object.keys(CampaignPolicySchema.shape));
const OPTION_KEYS: ReadonlySet<string> = new Set(['policy', 'rulesVersion']);

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function optionFinding(field: string, message: string): Finding {
  return { ruleId: 'config/invalid', category: 'config', severity: 'error', field, message };
}

/**
 * The old form passed the policy second (`checkCampaignUrl(url, policy, options)`). A policy never has a
 * `policy` or `rulesVersion` key and options never have policy keys, so one look at the keys tells them apart;
 * an empty object means the same thing either way.
 */
export function isPositionalCampaignPolicy(second: unknown, third: unknown): boolean {
  if (third !== undefined) return true;
  if (!isRecord(second) || 'policy' in second || 'rulesVersion' in second) return false;
  for (const key of Object.keys(second)) if (POLICY_KEYS.has(key)) return true;
  return false;
}

/** Splits either call form into the policy input, the channel options and findings for bad options. */
export function readCampaignCheckArgs(second: unknown, third: unknown): CampaignCheckArgs {
  const positional = isPositionalCampaignPolicy(second, third);
  const options = positional ? third : second;
  const findings: Finding[] = [];
  const channel: CampaignChannelOptions = {};
  let policy: unknown = positional ? second : undefined;
  if (options === undefined || options === null) return { policy, channel, findings };
  if (!isRecord(options)) {
    findings.push(optionFinding('options', `Options must be an object; got ${describeValue(options)}. Ignored.`));
    return { policy, channel, findings };
  }
  for (const key of Object.keys(options)) {
    if (!OPTION_KEYS.has(key) || (positional && key === 'policy')) {
      findings.push(optionFinding(key, `Unknown option "${key}"; it is ignored.`));
    }
  }
  if (!positional) policy = options.policy;
  const version = options.rulesVersion;
  if (version !== undefined) {
    if (typeof version === 'string' && Object.hasOwn(CAMPAIGN_CHANNEL_RULE_SETS, version)) {
      channel.rulesVersion = version as CampaignChannelOptions['rulesVersion'] & string;
    } else {
      findings.push(
        optionFinding(
          'rulesVersion',
          `Unknown rulesVersion ${describeValue(version)}; use one of ${Object.keys(CAMPAIGN_CHANNEL_RULE_SETS).join(', ')}. The newest rules are used.`,
        ),
      );
    }
  }
  return { policy, channel, findings };
}
