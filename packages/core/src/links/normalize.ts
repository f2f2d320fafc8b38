/** Rewrites a value toward a naming policy (aliases, lowercase, spaces, separators), never touching macros. */
import { splitCampaignMacros } from './macros.js';
import type { CampaignParamField } from './params.js';
import type { CampaignNormalize, CampaignPolicy, CampaignRewriteKind } from './policy.js';

/** Fields whose words the policy's separator joins; source and medium must match GA4's own spellings instead. */
export const CAMPAIGN_NAMING_FIELDS: ReadonlySet<CampaignParamField> = new Set([
  'campaign',
  'id',
  'term',
  'content',
  'creativeFormat',
  'marketingTactic',
]);

/** Every rewrite on: what `buildCampaignUrl(…, { normalize: true })` applies. */
export const ALL_CAMPAIGN_REWRITES: CampaignNormalize = Object.freeze({
  aliases: true,
  case: true,
  spaces: true,
  separator: true,
});

/** Every rewrite off: the default, values written as given. */
export const NO_CAMPAIGN_REWRITES: CampaignNormalize = Object.freeze({
  aliases: false,
  case: false,
  spaces: false,
  separator: false,
});

/** A value the builder rewrote: the trimmed value as given, what it wrote, and which rewrites changed it. */
export interface CampaignValueRewrite {
  field: CampaignParamField;
  from: string;
  to: string;
  kinds: CampaignRewriteKind[];
}

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

/** The other separator, which the policy flags (and replaces when `normalize.separator` is on). */
export function wrongCampaignSeparator(policy: CampaignPolicy): string {
  return policy.separator === '_' ? '-' : '_';
}

/** The value as the policy's convention writes it; what the naming checks suggest as their fix. */
export function conventionalCampaignText(
  text: string,
  policy: CampaignPolicy,
  kind: Exclude<CampaignRewriteKind, 'aliases'>,
): string {
  if (kind === 'case') return policy.case === 'lower' ? text.toLowerCase() : text;
  if (kind === 'spaces') return text.replace(/\s+/g, policy.separator);
  return text.split(wrongCampaignSeparator(policy)).join(policy.separator);
}

/** A literal piece (no macro) with the rewrites that are on applied in order; `kinds` collects those that changed it. */
function literalRewrite(
  text: string,
  field: CampaignParamField,
  policy: CampaignPolicy,
  settings: CampaignNormalize,
  kinds: Set<CampaignRewriteKind>,
): string {
  let out = text;
  const steps: [Exclude<CampaignRewriteKind, 'aliases'>, boolean][] = [
    ['case', settings.case],
    ['spaces', settings.spaces],
    ['separator', settings.separator && CAMPAIGN_NAMING_FIELDS.has(field)],
  ];
  for (const [kind, on] of steps) {
    if (!on) continue;
    const next = conventionalCampaignText(out, policy, kind);
    if (next !== out) kinds.add(kind);
    out = next;
  }
  return out;
}

/**
 * The value trimmed and rewritten by the rewrites `settings` turns on, and which of them changed it. Macro tokens
 * pass through byte for byte. With every rewrite off it is only trimmed.
 */
export function rewriteCampaignValue(
  field: CampaignParamField,
  value: string,
  policy: CampaignPolicy,
  settings: CampaignNormalize,
): { value: string; kinds: CampaignRewriteKind[] } {
  const trimmed = value.trim();
  if (settings.aliases) {
    const alias = campaignAliasFor(policy, field, trimmed);
    if (alias !== undefined) return { value: alias, kinds: alias === trimmed ? [] : ['aliases'] };
  }
  // Fast path: nothing a rewrite that is on would change (macros are left alone either way).
  if (
    (!settings.case || policy.case !== 'lower' || trimmed === trimmed.toLowerCase()) &&
    (!settings.spaces || !/\s/.test(trimmed)) &&
    (!settings.separator || !CAMPAIGN_NAMING_FIELDS.has(field) || !trimmed.includes(wrongCampaignSeparator(policy)))
  ) {
    return { value: trimmed, kinds: [] };
  }
  const kinds = new Set<CampaignRewriteKind>();
  let out = '';
  for (const piece of splitCampaignMacros(trimmed)) {
    out += piece.macro ? piece.text : literalRewrite(piece.text, field, policy, settings, kinds);
  }
  return { value: out, kinds: (['case', 'spaces', 'separator'] as const).filter((k) => kinds.has(k)) };
}

/** The value as the policy wants it written, with `settings` (every rewrite by default) applied. */
export function normalizeCampaignValue(
  field: CampaignParamField,
  value: string,
  policy: CampaignPolicy,
  settings: CampaignNormalize = ALL_CAMPAIGN_REWRITES,
): string {
  return rewriteCampaignValue(field, value, policy, settings).value;
}
