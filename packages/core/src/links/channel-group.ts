/** GA4 default channel group prediction from source, medium and campaign (case-insensitive, first match wins). */
import {
  CAMPAIGN_CHANNEL_RULE_SETS,
  type CampaignChannelInput,
  type CampaignChannelRulesVersion,
  type Ga4ChannelGroup,
  LATEST_CAMPAIGN_CHANNEL_RULES,
} from './channel-rules.js';
import { campaignSourceCategoryMap } from './source-categories.js';

export interface CampaignChannelQuery {
  source?: string | undefined;
  medium?: string | undefined;
  campaign?: string | undefined;
}

export interface CampaignChannelOptions {
  /** Which of Google's rule sets to apply; the newest by default. */
  rulesVersion?: CampaignChannelRulesVersion;
}

export interface CampaignChannelExplanation {
  channel: Ga4ChannelGroup;
  /** 1-based position of the rule that matched in the version's list, or 0 for Unassigned. */
  rule: number;
  condition: string;
  rulesVersion: CampaignChannelRulesVersion;
}

// GA4 reports a missing source or medium as "(not set)".
const lower = (value: unknown) => (typeof value === 'string' && value !== '' ? value.toLowerCase() : '(not set)');

/** Which rule fires for this traffic, and why. */
export function explainChannelGroup(
  query: CampaignChannelQuery,
  options?: CampaignChannelOptions,
): CampaignChannelExplanation {
  // An unknown version (a typo, or "toString") falls back to the newest rules instead of an inherited property.
  const asked: unknown = typeof options === 'object' && options !== null ? options.rulesVersion : undefined;
  const rulesVersion =
    typeof asked === 'string' && Object.hasOwn(CAMPAIGN_CHANNEL_RULE_SETS, asked)
      ? (asked as CampaignChannelRulesVersion)
      : LATEST_CAMPAIGN_CHANNEL_RULES;
  const list = CAMPAIGN_CHANNEL_RULE_SETS[rulesVersion];
  const q: CampaignChannelQuery = typeof query === 'object' && query !== null ? query : {};
  const source = lower(q.source);
  const input: CampaignChannelInput = {
    source,
    medium: lower(q.medium),
    campaign: typeof q.campaign === 'string' ? q.campaign.toLowerCase() : '',
    category: campaignSourceCategoryMap().get(source),
  };
  for (let i = 0; i < list.length; i++) {
    const rule = list[i]!;
    if (rule.test(input)) return { channel: rule.channel, rule: i + 1, condition: rule.condition, rulesVersion };
  }
  return { channel: 'Unassigned', rule: 0, condition: 'no rule matched', rulesVersion };
}

/** Predicts the GA4 default channel group, spelled exactly as GA4 does (`Paid Social`, `Unassigned`, …). */
export function predictChannelGroup(query: CampaignChannelQuery, options?: CampaignChannelOptions): Ga4ChannelGroup {
  return explainChannelGroup(query, options).channel;
}

/** @deprecated Renamed to `predictChannelGroup` (functions start with a verb); this alias goes in the next minor. */
export const defaultChannelGroup: typeof predictChannelGroup = predictChannelGroup;
