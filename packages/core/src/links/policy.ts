/** CampaignPolicy: a team's naming rules for campaign links, as a zod schema shareable as JSON. */
import { z } from 'zod';
import { RuleSettingSchema } from '../engine/config.js';
import { campaignUrlError } from './errors.js';

const Field = z.enum([
  'source',
  'medium',
  'campaign',
  'id',
  'term',
  'content',
  'sourcePlatform',
  'creativeFormat',
  'marketingTactic',
]);
const Platform = z.enum([
  'meta',
  'google-ads',
  'microsoft-ads',
  'tiktok',
  'pinterest',
  'mailchimp',
  'klaviyo',
  'sa360',
]);

export const CampaignPolicySchema = z
  .object({
    name: z.string().default('custom'),
    /** Parameters every link must carry. */
    required: z.array(Field).default(['source', 'medium']),
    /** Groups where at least one must be set (GA4 needs a campaign name or a campaign id). */
    requireOneOf: z.array(z.array(Field).min(1)).default([['campaign', 'id']]),
    /** `lower`: values must be lowercase (macros excepted); `any`: case is not checked. */
    case: z.enum(['lower', 'any']).default('lower'),
    /** The word separator in campaign, content, term, id and the GA4 extras; the other one is flagged and replaced. */
    separator: z.enum(['_', '-']).default('_'),
    /** Allowed values per parameter; a parameter that is absent here takes any value. */
    allowed: z.partialRecord(Field, z.array(z.string())).default({}),
    /** Aliases that fold to the canonical value, per parameter (`fb` → `facebook`); matched case-insensitively. */
    aliases: z.partialRecord(Field, z.record(z.string(), z.string())).default({}),
    /** Terms no value may contain (case-insensitive). */
    prohibited: z.array(z.string().min(1)).default([]),
    /** Longest allowed URL, in characters. */
    maxLength: z.number().int().positive().default(2048),
    /** Hosts of the site itself (`shop.example.com`, `*.example.com`): campaign parameters there reset sessions. */
    internalHosts: z.array(z.string()).default([]),
    /** Per-medium templates: extra required parameters and allowed values when `utm_medium` has this value. */
    templates: z
      .record(
        z.string(),
        z
          .object({
            required: z.array(Field).default([]),
            allowed: z.partialRecord(Field, z.array(z.string())).default({}),
          })
          .strict(),
      )
      .default({}),
    /** The ad platform the links are for, so macros can be checked against its list. */
    platform: Platform.optional(),
    /** Severity overrides and switches per rule id, as in the engine config (`"links/value-case": "error"`). */
    rules: z.record(z.string(), RuleSettingSchema).default({}),
  })
  .strict();

export type CampaignPolicy = z.infer<typeof CampaignPolicySchema>;
export type CampaignPolicyInput = z.input<typeof CampaignPolicySchema>;

/** A sensible default: source, medium and a campaign name or id; lowercase; `_`; common aliases. */
export const defaultCampaignPolicy: CampaignPolicy = CampaignPolicySchema.parse({
  name: 'default',
  aliases: {
    source: {
      fb: 'facebook',
      'facebook.com': 'facebook',
      ig: 'instagram',
      'instagram.com': 'instagram',
      'google ads': 'google',
      adwords: 'google',
      'bing ads': 'bing',
      yt: 'youtube',
    },
    medium: {
      'e-mail': 'email',
      e_mail: 'email',
      newsletter: 'email',
      ppc: 'cpc',
      'paid-social': 'paid_social',
      'social-paid': 'paid_social',
      social_paid: 'paid_social',
    },
  },
});

/** A strict example: closed lists of sources and mediums, `-` separator, content required on paid social. */
export const strictCampaignPolicy: CampaignPolicy = /* @__PURE__ */ CampaignPolicySchema.parse({
  name: 'strict',
  required: ['source', 'medium', 'campaign'],
  requireOneOf: [],
  separator: '-',
  allowed: {
    source: ['google', 'bing', 'facebook', 'instagram', 'tiktok', 'pinterest', 'youtube', 'klaviyo', 'newsletter'],
    medium: ['cpc', 'paid-social', 'display', 'email', 'affiliate', 'organic-social', 'sms', 'referral'],
  },
  aliases: {
    source: { fb: 'facebook', ig: 'instagram', yt: 'youtube', 'google ads': 'google' },
    medium: { ppc: 'cpc', paid_social: 'paid-social', 'social-paid': 'paid-social', 'e-mail': 'email' },
  },
  prohibited: ['test', 'untitled', 'copy of'],
  maxLength: 1024,
  templates: {
    'paid-social': { required: ['content'] },
    cpc: { required: ['term'] },
  },
  rules: { 'links/value-case': 'error', 'links/value-separator': 'error' },
});

/** Parses a policy (JSON from a file, a partial object) or throws `CampaignUrlError` naming the bad key. */
export function parseCampaignPolicy(input: unknown): CampaignPolicy {
  const parsed = CampaignPolicySchema.safeParse(input ?? {});
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const path = issue?.path.join('.') || '(root)';
  throw campaignUrlError('invalid-policy', `Policy key "${path}" is invalid: ${issue?.message ?? 'unknown'}.`);
}
