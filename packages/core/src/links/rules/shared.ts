/** Helpers the links rules share: pair ranges, literal (non-macro) text and the medium's template. */
import type { RuleFinding } from '../../engine/finding.js';
import type { CampaignCheckContext } from '../check-context.js';
import { splitCampaignMacros } from '../macros.js';
import { CAMPAIGN_PARAM_KEYS, type CampaignParamField } from '../params.js';
import type { CampaignUrlPair } from '../scan.js';

export const LINKS_CATEGORY = 'links';

/** Rules other than `links/invalid-url` need a URL that parsed. */
export const hasUrl = (ctx: CampaignCheckContext) => ctx.scanned !== null;

/** `[start, end)` of a pair's raw value in the URL. */
export const valueRange = (p: CampaignUrlPair): [number, number] => [p.valueStart, p.end];

/** The value without its macro tokens (macros are never judged by naming rules). */
export function literalText(value: string): string {
  let out = '';
  for (const piece of splitCampaignMacros(value)) if (!piece.macro) out += piece.text;
  return out;
}

/** The per-medium template that applies, if any (matched on the lowercased medium). */
export function mediumTemplate(ctx: CampaignCheckContext) {
  const medium = ctx.params.medium?.toLowerCase();
  return medium === undefined ? undefined : ctx.policy.templates[medium];
}

export const keyOf = (field: CampaignParamField) => CAMPAIGN_PARAM_KEYS[field];

/** One finding about a pair's value, with the field and range filled in. */
export function pairFinding(p: CampaignUrlPair, message: string, extra: Partial<RuleFinding> = {}): RuleFinding {
  return { message, field: p.key, range: valueRange(p), evidence: { text: p.value }, ...extra };
}

/** What GA4 reports each field's values as, for messages ("different sources"). */
const FIELD_NOUNS: Record<CampaignParamField, string> = {
  source: 'sources',
  medium: 'mediums',
  campaign: 'campaigns',
  id: 'campaign ids',
  term: 'terms',
  content: 'contents',
  sourcePlatform: 'source platforms',
  creativeFormat: 'creative formats',
  marketingTactic: 'marketing tactics',
};

export const fieldNoun = (field: CampaignParamField | undefined) => (field ? FIELD_NOUNS[field] : 'values');

/** The value with `rewrite` applied to its literal text; macro tokens pass through byte for byte. */
export function rewriteLiterals(value: string, rewrite: (text: string) => string): string {
  let out = '';
  for (const piece of splitCampaignMacros(value)) out += piece.macro ? piece.text : rewrite(piece.text);
  return out;
}
