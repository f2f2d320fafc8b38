/** Applies a naming policy to values: alias folding, lowercase, spaces and separators, never touching macros. */
import { splitCampaignMacros } from './macros.js';
import type { CampaignParamField } from './params.js';
import type { CampaignPolicy } from './policy.js';

/** Fields whose words the policy's separator joins; source and medium must match GA4's own spellings instead. */
export const CAMPAIGN_NAMING_FIELDS: ReadonlySet<CampaignParamField> = new Set([
  'campaign',
  'id',
  'term',
  'content',
  'creativeFormat',
  'marketingTactic',
]);

const aliasCache = new WeakMap<CampaignPolicy, Map<CampaignParamField, Map<string, string>>>();

/** The canonical value an alias folds to (case-insensitive), or undefined. */
export function campaignAliasFor(policy: CampaignPolicy, field: CampaignParamField, value: string): string | undefined {
  let byField = aliasCache.get(policy);
  if (!byField) {
    byField = new Map();
    for (const [f, aliases] of Object.entries(policy.aliases)) {
      byField.set(
        f as CampaignParamField,
        new Map(Object.entries(aliases ?? {}).map(([a, c]) => [a.toLowerCase(), c])),
      );
    }
    aliasCache.set(policy, byField);
  }
  return byField.get(field)?.get(value.trim().toLowerCase());
}

/** The other separator, which the policy replaces. */
export function wrongCampaignSeparator(policy: CampaignPolicy): string {
  return policy.separator === '_' ? '-' : '_';
}

function fixLiteral(text: string, field: CampaignParamField, policy: CampaignPolicy): string {
  let out = policy.case === 'lower' ? text.toLowerCase() : text;
  if (/\s/.test(out)) out = out.replace(/\s+/g, policy.separator);
  if (CAMPAIGN_NAMING_FIELDS.has(field)) out = out.split(wrongCampaignSeparator(policy)).join(policy.separator);
  return out;
}

/** The value as the policy wants it written. Macro tokens pass through byte for byte. */
export function normalizeCampaignValue(field: CampaignParamField, value: string, policy: CampaignPolicy): string {
  const trimmed = value.trim();
  const alias = campaignAliasFor(policy, field, trimmed);
  if (alias !== undefined) return alias;
  // Fast path: nothing the policy would change (macros are left alone either way).
  if (
    (policy.case !== 'lower' || trimmed === trimmed.toLowerCase()) &&
    !/\s/.test(trimmed) &&
    (!CAMPAIGN_NAMING_FIELDS.has(field) || !trimmed.includes(wrongCampaignSeparator(policy)))
  ) {
    return trimmed;
  }
  let out = '';
  for (const piece of splitCampaignMacros(trimmed))
    out += piece.macro ? piece.text : fixLiteral(piece.text, field, policy);
  return out;
}
