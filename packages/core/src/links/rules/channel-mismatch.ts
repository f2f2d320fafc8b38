/** links/channel-mismatch: the predicted channel agrees with what the medium says it is. */
import { defineRuntimeRule } from '../../engine/rule.js';
import type { Ga4ChannelGroup } from '../channel-rules.js';
import type { CampaignCheckContext } from '../check-context.js';
import { hasUrl, LINKS_CATEGORY } from './shared.js';

const PAID: Ga4ChannelGroup[] = [
  'Cross-network',
  'Paid Shopping',
  'Paid Search',
  'Paid Social',
  'Paid Video',
  'Display',
  'Paid Other',
];

/** Words in a medium and the channels they imply; a medium with several words must land in their overlap. */
const INTENTS: [RegExp, Ga4ChannelGroup[]][] = [
  [/e-?mail|newsletter/, ['Email']],
  [/paid|cpc|ppc|cpm|cpv|cpa|retargeting/, PAID],
  [/social/, ['Organic Social', 'Paid Social']],
  [/video/, ['Organic Video', 'Paid Video']],
  [/display|banner/, ['Display']],
  [/affiliate/, ['Affiliates']],
  [/sms/, ['SMS']],
  [/push|notification/, ['Mobile Push Notifications']],
  [/referral/, ['Referral']],
  [/audio|podcast/, ['Audio']],
];

/** The channels a medium's words imply, or undefined when they say nothing (or contradict each other). */
export function campaignMediumIntent(medium: string): Ga4ChannelGroup[] | undefined {
  const m = medium.toLowerCase();
  let expected: Ga4ChannelGroup[] | undefined;
  for (const [pattern, channels] of INTENTS) {
    if (!pattern.test(m)) continue;
    expected = expected ? expected.filter((c) => channels.includes(c)) : channels;
  }
  return expected && expected.length > 0 ? expected : undefined;
}

export const linksChannelMismatchRule = defineRuntimeRule<CampaignCheckContext>({
  id: 'links/channel-mismatch',
  category: LINKS_CATEGORY,
  severity: 'warning',
  applies: (ctx) => hasUrl(ctx) && ctx.params.medium !== undefined,
  check(ctx) {
    const expected = campaignMediumIntent(ctx.params.medium ?? '');
    const actual = ctx.channel.channel;
    if (!expected || actual === 'Unassigned' || expected.includes(actual)) return [];
    return [
      {
        field: 'utm_medium',
        message: `utm_medium "${ctx.params.medium}" reads as ${expected.join(' or ')}, but GA4 would file this link as ${actual} (rule: ${ctx.channel.condition}).`,
        evidence: { text: actual, limit: expected.join(', ') },
      },
    ];
  },
});
