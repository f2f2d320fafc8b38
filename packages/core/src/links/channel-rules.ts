/** GA4 default channel group rules as data: an ordered, versioned list of predicates, first match wins. */
import type { CampaignSourceCategory } from './source-categories.js';

/** The channel names exactly as GA4 spells them. */
export const GA4_CHANNEL_GROUPS = [
  'Direct',
  'Cross-network',
  'Paid Shopping',
  'Paid Search',
  'Paid Social',
  'Paid Video',
  'Display',
  'Paid Other',
  'Organic Shopping',
  'Organic Social',
  'Organic Video',
  'Organic Search',
  'Referral',
  'Email',
  'Affiliates',
  'Audio',
  'SMS',
  'Mobile Push Notifications',
  'Unassigned',
] as const;
export type Ga4ChannelGroup = (typeof GA4_CHANNEL_GROUPS)[number];

/** Lowercased inputs plus the source's category, computed once per classification. */
export interface CampaignChannelInput {
  source: string;
  medium: string;
  campaign: string;
  category: CampaignSourceCategory | undefined;
}

export interface CampaignChannelRule {
  channel: Ga4ChannelGroup;
  /** Google's condition in words, for explanations and docs. */
  condition: string;
  test(input: CampaignChannelInput): boolean;
}

/** `^(.*cp.*|ppc|retargeting|paid.*)$` without a regex; `legacy` drops `retargeting`. */
const paid = (m: string) => m.includes('cp') || m === 'ppc' || m === 'retargeting' || m.startsWith('paid');
const paidLegacy = (m: string) => m.includes('cp') || m === 'ppc' || m.startsWith('paid');

/** `^(.*(([^a-df-z]|^)shop|shopping).*)$`: `shop` at the start or after anything but b–d, f–z (so `eshop` counts). */
export function isShoppingCampaign(campaign: string): boolean {
  if (campaign.includes('shopping')) return true;
  for (let at = campaign.indexOf('shop'); at !== -1; at = campaign.indexOf('shop', at + 1)) {
    if (at === 0) return true;
    const c = campaign.charCodeAt(at - 1);
    if (!((c >= 97 && c <= 100) || (c >= 102 && c <= 122))) return true;
  }
  return false;
}

const set = (...values: string[]) => new Set(values);
const DISPLAY = set('display', 'banner', 'expandable', 'interstitial', 'cpm');
const SOCIAL_MEDIUM = set('social', 'social-network', 'social-media', 'sm', 'social network', 'social media');
const EMAIL = set('email', 'e-mail', 'e_mail', 'e mail');
const REFERRAL = set('referral', 'app', 'link');

function rules(isPaid: (m: string) => boolean, legacy: boolean): CampaignChannelRule[] {
  const shop = (x: CampaignChannelInput) => x.category === 'shopping' || isShoppingCampaign(x.campaign);
  const list: (CampaignChannelRule | false)[] = [
    {
      channel: 'Direct',
      condition: 'source is "(direct)" and medium is "(not set)" or "(none)"',
      test: (x) => x.source === '(direct)' && (x.medium === '(not set)' || x.medium === '(none)'),
    },
    {
      channel: 'Cross-network',
      condition: 'campaign contains "cross-network"',
      test: (x) => x.campaign.includes('cross-network'),
    },
    {
      channel: 'Paid Shopping',
      condition: '(source is a shopping site or campaign matches shopping) and medium is paid',
      test: (x) => isPaid(x.medium) && shop(x),
    },
    {
      channel: 'Paid Search',
      condition: 'source is a search site and medium is paid',
      test: (x) => x.category === 'search' && isPaid(x.medium),
    },
    {
      channel: 'Paid Social',
      condition: 'source is a social site and medium is paid',
      test: (x) => x.category === 'social' && isPaid(x.medium),
    },
    {
      channel: 'Paid Video',
      condition: 'source is a video site and medium is paid',
      test: (x) => x.category === 'video' && isPaid(x.medium),
    },
    {
      channel: 'Display',
      condition: 'medium is display, banner, expandable, interstitial or cpm',
      test: (x) => DISPLAY.has(x.medium),
    },
    !legacy && { channel: 'Paid Other', condition: 'medium is paid', test: (x) => isPaid(x.medium) },
    {
      channel: 'Organic Shopping',
      condition: 'source is a shopping site or campaign matches shopping',
      test: shop,
    },
    {
      channel: 'Organic Social',
      condition: 'source is a social site or medium is social, social-network, social-media, sm, …',
      test: (x) => x.category === 'social' || SOCIAL_MEDIUM.has(x.medium),
    },
    {
      channel: 'Organic Video',
      condition: 'source is a video site or medium contains "video"',
      test: (x) => x.category === 'video' || x.medium.includes('video'),
    },
    {
      channel: 'Organic Search',
      condition: 'source is a search site or medium is "organic"',
      test: (x) => x.category === 'search' || x.medium === 'organic',
    },
    {
      channel: 'Referral',
      condition: legacy ? 'medium is "referral"' : 'medium is referral, app or link',
      test: legacy ? (x) => x.medium === 'referral' : (x) => REFERRAL.has(x.medium),
    },
    {
      channel: 'Email',
      condition: 'source or medium is email, e-mail, e_mail or e mail',
      test: (x) => EMAIL.has(x.source) || EMAIL.has(x.medium),
    },
    { channel: 'Affiliates', condition: 'medium is "affiliate"', test: (x) => x.medium === 'affiliate' },
    { channel: 'Audio', condition: 'medium is "audio"', test: (x) => x.medium === 'audio' },
    {
      channel: 'SMS',
      condition: legacy ? 'medium is "sms"' : 'source or medium is "sms"',
      test: legacy ? (x) => x.medium === 'sms' : (x) => x.source === 'sms' || x.medium === 'sms',
    },
    {
      channel: 'Mobile Push Notifications',
      condition: 'medium ends with "push" or contains "mobile" or "notification", or source is "firebase"',
      test: (x) =>
        x.medium.endsWith('push') ||
        x.medium.includes('mobile') ||
        x.medium.includes('notification') ||
        x.source === 'firebase',
    },
  ];
  return list.filter((r): r is CampaignChannelRule => r !== false);
}

/**
 * Rule sets by version, newest first. `2023-11` is Google's current list (as aligned in Velir/dbt-ga4 #282);
 * `2022` is the earlier one: paid without `retargeting`, no Paid Other, Referral only `referral`, SMS by medium.
 */
export const CAMPAIGN_CHANNEL_RULE_SETS = {
  '2023-11': rules(paid, false),
  '2022': rules(paidLegacy, true),
} as const satisfies Record<string, readonly CampaignChannelRule[]>;

export type CampaignChannelRulesVersion = keyof typeof CAMPAIGN_CHANNEL_RULE_SETS;
export const LATEST_CAMPAIGN_CHANNEL_RULES: CampaignChannelRulesVersion = '2023-11';
