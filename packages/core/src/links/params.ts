/** Campaign parameters: the nine `utm_*` keys GA4 reads and the click ids a parser should recognise. */
import { z } from 'zod';

/** Every manual campaign parameter GA4 reads. There is no `utm_campaign_id`: GA4's campaign id is `utm_id`. */
export interface CampaignParams {
  source?: string;
  medium?: string;
  campaign?: string;
  /** `utm_id`, the campaign id used for cost-data import. */
  id?: string;
  term?: string;
  content?: string;
  sourcePlatform?: string;
  /** Kept in the BigQuery export only; the GA4 UI does not report it. */
  creativeFormat?: string;
  /** Kept in the BigQuery export only; the GA4 UI does not report it. */
  marketingTactic?: string;
}

export type CampaignParamField = keyof CampaignParams;

/** Field → query key, in the order the builder appends new keys (Google's builder order, then the GA4 extras). */
export const CAMPAIGN_PARAM_KEYS = {
  source: 'utm_source',
  medium: 'utm_medium',
  campaign: 'utm_campaign',
  id: 'utm_id',
  term: 'utm_term',
  content: 'utm_content',
  sourcePlatform: 'utm_source_platform',
  creativeFormat: 'utm_creative_format',
  marketingTactic: 'utm_marketing_tactic',
} as const satisfies Record<CampaignParamField, string>;

export const CAMPAIGN_PARAM_FIELDS: readonly CampaignParamField[] = Object.keys(
  CAMPAIGN_PARAM_KEYS,
) as CampaignParamField[];

/** Field → index in `CAMPAIGN_PARAM_FIELDS` (the order the builder appends new keys). */
export const CAMPAIGN_FIELD_INDEX: Readonly<Record<CampaignParamField, number>> = Object.fromEntries(
  CAMPAIGN_PARAM_FIELDS.map((f, i) => [f, i]),
) as Record<CampaignParamField, number>;

const FIELD_BY_KEY = new Map<string, CampaignParamField>(
  CAMPAIGN_PARAM_FIELDS.map((field) => [CAMPAIGN_PARAM_KEYS[field], field]),
);

/** The field for a query key (`utm_source` → `source`); keys are case-sensitive, as GA4 documents them lowercase. */
export function campaignFieldForKey(key: string): CampaignParamField | undefined {
  // Most keys are not campaign keys; a prefix test is cheaper than hashing every sliced key.
  return key.length >= 6 && key.charCodeAt(0) === 117 && key.startsWith('utm_') ? FIELD_BY_KEY.get(key) : undefined;
}

/** Click ids appended by ad platforms and e-mail tools (github.com/henkisdabro/platform-url-click-id-parameters); kept out of campaign params. */
export const CAMPAIGN_CLICK_ID_KEYS: ReadonlySet<string> = new Set([
  'gclid',
  'gbraid',
  'wbraid',
  'dclid',
  'srsltid',
  'gad_source',
  'gad_campaignid',
  'gclsrc',
  '_gl',
  'fbclid',
  'msclkid',
  'ttclid',
  'twclid',
  'li_fat_id',
  'ScCid',
  'sccid',
  'epik',
  'rdt_cid',
  'yclid',
  'ko_click_id',
  'igshid',
  'mc_cid',
  'mc_eid',
  '_kx',
  '_hsenc',
  '_hsmi',
]);

const value = /* @__PURE__ */ z.string().max(2048);

/** The params as a zod schema (for the extension's forms and JSON Schema export). */
export const CampaignParamsSchema = /* @__PURE__ */ z
  .object({
    source: value.optional(),
    medium: value.optional(),
    campaign: value.optional(),
    id: value.optional(),
    term: value.optional(),
    content: value.optional(),
    sourcePlatform: value.optional(),
    creativeFormat: value.optional(),
    marketingTactic: value.optional(),
  })
  .strict();
