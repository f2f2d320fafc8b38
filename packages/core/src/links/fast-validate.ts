/**
 * The builder's fast validation: judges a built link from what the builder already knows (the input's scanned
 * pairs, the final values, the base URL's parts) instead of re-scanning the finished link and running the rules.
 * It answers only "certainly no error finding"; anything else sends the builder to `findCampaignUrlErrors`, so
 * the findings of a refused link are exactly the full check's. Internal: not exported from the package.
 */
import { compileCampaignPolicy } from './check-campaign-url.js';
import { decodeCampaignValue, encodeCampaignValue } from './encode.js';
import {
  findCampaignMacros,
  findMalformedCampaignMacros,
  isKnownCampaignMacro,
  mayHoldCampaignMacro,
} from './macros.js';
import { CAMPAIGN_NAMING_FIELDS, campaignAliasFor, wrongCampaignSeparator } from './normalize.js';
import {
  CAMPAIGN_CLICK_ID_KEYS,
  CAMPAIGN_FIELD_INDEX,
  CAMPAIGN_PARAM_FIELDS,
  CAMPAIGN_PARAM_KEYS,
  type CampaignParamField,
} from './params.js';
import type { CampaignPolicy } from './policy.js';
import { campaignUrlHost, isInternalCampaignHost } from './rules/internal-link.js';
import { campaignPiiKind } from './rules/pii.js';
import { literalText } from './rules/shared.js';
import type { CampaignUrlPair } from './scan.js';

/** What the builder hands over: the finished link and the parts it was made from. */
export interface BuiltCampaignUrl {
  /** The finished link. */
  url: string;
  /** The authority of the (resolved) input URL, unchanged in the output. */
  authority: string;
  /** The input's scanned pairs. */
  pairs: readonly CampaignUrlPair[];
  /** True when the input had pairs after `#` (the fast path then defers to the full check). */
  fragmentPairs: boolean;
  /** The values the builder wrote; `''` removed the parameter. */
  values: ReadonlyMap<CampaignParamField, string>;
  /** The encoded values as written, by field index (`CAMPAIGN_FIELD_INDEX`); encoded again when absent. */
  raws?: readonly (string | undefined)[];
}

/** The rules the builder guarantees by construction (never run on its output). */
export const BUILDER_GUARANTEED_RULES: ReadonlySet<string> = new Set([
  'links/invalid-url',
  'links/duplicate-parameter',
  'links/fragment-before-query',
]);

/** Per policy: which rules report errors, and whether their own per-finding severities are overridden. */
interface Plan {
  /** False when the fast path cannot judge this policy (config errors, channel rules as errors). */
  usable: boolean;
  missing: boolean;
  caseRule: boolean;
  spaces: boolean;
  separator: boolean;
  notAllowed: boolean;
  /** value-not-allowed's alias findings are errors too (its severity was overridden). */
  aliasIsError: boolean;
  prohibited: string[] | null;
  unknownParam: boolean;
  internal: boolean;
  pii: boolean;
  macro: boolean;
  /** malformed-macro's unknown-platform findings are errors too. */
  unknownMacroIsError: boolean;
  tooLong: boolean;
  wrong: string;
  /** policy.required and requireOneOf as field indexes. */
  required: number[];
  requireOneOf: number[][];
  /** Verdicts on values written as-is, per field index (bounded; cleared when full). */
  verdicts: Map<string, number>[];
  hasTemplates: boolean;
}

const VERDICT_CACHE_SIZE = 4096;

const HANDLED = new Set([
  'links/missing-parameter',
  'links/value-case',
  'links/value-spaces',
  'links/value-separator',
  'links/value-not-allowed',
  'links/prohibited-term',
  'links/unknown-parameter',
  'links/internal-link',
  'links/pii',
  'links/malformed-macro',
  'links/url-too-long',
]);

const plans = new WeakMap<CampaignPolicy, Plan>();

function planFor(policy: CampaignPolicy): Plan {
  let plan = plans.get(policy);
  if (plan) return plan;
  const { errorRules, configFindings } = compileCampaignPolicy(policy);
  const ids = new Map<string, boolean>();
  let usable = !configFindings.some((f) => f.severity === 'error');
  for (const entry of errorRules) {
    const id = entry.rule.id;
    if (BUILDER_GUARANTEED_RULES.has(id)) continue;
    if (!HANDLED.has(id)) usable = false;
    ids.set(id, entry.severityOverridden);
  }
  const prohibited = ids.has('links/prohibited-term') && policy.prohibited.length > 0;
  plan = {
    usable,
    missing: ids.has('links/missing-parameter'),
    caseRule: ids.has('links/value-case') && policy.case === 'lower',
    spaces: ids.has('links/value-spaces'),
    separator: ids.has('links/value-separator'),
    notAllowed: ids.has('links/value-not-allowed'),
    aliasIsError: ids.get('links/value-not-allowed') === true,
    prohibited: prohibited ? policy.prohibited.map((t) => t.toLowerCase()) : null,
    unknownParam: ids.has('links/unknown-parameter'),
    internal: ids.has('links/internal-link') && policy.internalHosts.length > 0,
    pii: ids.has('links/pii'),
    macro: ids.has('links/malformed-macro'),
    unknownMacroIsError: ids.get('links/malformed-macro') === true,
    tooLong: ids.has('links/url-too-long'),
    wrong: wrongCampaignSeparator(policy),
    required: policy.required.map((f) => FIELD_INDEX[f]),
    requireOneOf: policy.requireOneOf.map((group) => group.map((f) => FIELD_INDEX[f])),
    verdicts: CAMPAIGN_PARAM_FIELDS.map(() => new Map<string, number>()),
    hasTemplates: Object.keys(policy.templates).length > 0,
  };
  plans.set(policy, plan);
  return plan;
}

const FIELD_COUNT = CAMPAIGN_PARAM_FIELDS.length;
const FIELD_INDEX = CAMPAIGN_FIELD_INDEX;
// Scratch slots per field (reset on every call; the check is synchronous and never re-entered).
const finalValue: (string | undefined)[] = new Array(FIELD_COUNT).fill(undefined);
const finalRaw: string[] = new Array(FIELD_COUNT).fill('');

/** links/pii and links/malformed-macro for one pair of the output; true when one would report an error. */
function pairFails(plan: Plan, policy: CampaignPolicy, key: string, value: string, raw: string, isField: boolean) {
  if (CAMPAIGN_CLICK_ID_KEYS.has(key)) return false;
  if (plan.pii && campaignPiiKind(value) !== undefined) return true;
  if (!plan.macro || macroFree(value)) return false;
  const tokens = findCampaignMacros(value);
  for (const t of tokens) if (!raw.includes(t.text)) return true;
  if (isField && findMalformedCampaignMacros(value).length > 0) return true;
  const platform = policy.platform;
  if (plan.unknownMacroIsError && platform) {
    for (const t of tokens) if (!isKnownCampaignMacro(t.text, platform)) return true;
  }
  return false;
}

/**
 * True when `value` has none of the characters macro syntax needs (`{ } | [ ] *`, or `__`): then it holds no
 * macro token and no malformed macro, so links/malformed-macro has nothing to say about it.
 */
function macroFree(value: string): boolean {
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c === 123 || c === 125 || c === 124 || c === 91 || c === 93 || c === 42) return false;
    if (c === 95 && value.charCodeAt(i + 1) === 95) return false;
  }
  return true;
}

function presentAt(index: number): boolean {
  const v = finalValue[index];
  return v !== undefined && v.trim() !== '';
}

const FAIL = 0;
const PASS = 1;
/** Passes, unless the medium's template has an allowed list for the field that leaves the value out. */
const PASS_UNLESS_TEMPLATE = 2;

/** The naming rules for one campaign value, except the template's allowed list (see `PASS_UNLESS_TEMPLATE`). */
function valueVerdict(plan: Plan, policy: CampaignPolicy, field: CampaignParamField, value: string): number {
  if (plan.caseRule && value !== value.toLowerCase()) {
    const literal = literalText(value);
    if (literal !== literal.toLowerCase()) return FAIL;
  }
  if (plan.spaces && /\s/.test(value) && /\s/.test(literalText(value))) return FAIL;
  if (plan.separator && CAMPAIGN_NAMING_FIELDS.has(field) && value.includes(plan.wrong)) {
    if (literalText(value).includes(plan.wrong)) return FAIL;
  }
  let verdict = PASS;
  if (plan.notAllowed && value !== '') {
    const alias = policy.aliases[field] === undefined ? undefined : campaignAliasFor(policy, field, value);
    if (alias !== undefined && alias !== value) {
      if (plan.aliasIsError) return FAIL;
    } else if (!mayHoldCampaignMacro(value)) {
      const own = policy.allowed[field];
      if (own && own.length > 0 && !own.includes(value)) return FAIL;
      verdict = PASS_UNLESS_TEMPLATE;
    }
  }
  if (plan.prohibited) {
    const lower = value.toLowerCase();
    for (const term of plan.prohibited) if (lower.includes(term)) return FAIL;
  }
  return verdict;
}

/**
 * The verdict on one campaign value written as-is (raw = value), cached per policy and field. A value that
 * would not read back as itself, or would split its pair, fails (the full check then decides).
 */
function cachedVerdict(plan: Plan, policy: CampaignPolicy, index: number, value: string): number {
  const cache = plan.verdicts[index]!;
  let verdict = cache.get(value);
  if (verdict === undefined) {
    const field = CAMPAIGN_PARAM_FIELDS[index]!;
    const readBack = value.includes('%') || value.includes('+') ? decodeCampaignValue(value) : value;
    verdict =
      readBack !== value ||
      value.includes('&') ||
      value.includes('#') ||
      pairFails(plan, policy, CAMPAIGN_PARAM_KEYS[field], value, value, true)
        ? FAIL
        : valueVerdict(plan, policy, field, value);
    if (cache.size >= VERDICT_CACHE_SIZE) cache.clear();
    cache.set(value, verdict);
  }
  return verdict;
}

/**
 * True when the full check (`findCampaignUrlErrors` without the guaranteed rules) would certainly find no
 * error in the built link; false when it would, or when this fast path cannot tell.
 */
export function builtCampaignUrlIsClean(built: BuiltCampaignUrl, policy: CampaignPolicy): boolean {
  const plan = planFor(policy);
  if (!plan.usable || built.fragmentPairs) return false;
  if (plan.tooLong && built.url.length > policy.maxLength) return false;
  try {
    for (let i = 0; i < FIELD_COUNT; i++) finalValue[i] = undefined;
    const { values } = built;
    let seen = 0;
    let campaignPairs = 0;
    // The input's pairs that survive: every other pair, and the first of each campaign key the params leave alone.
    for (const p of built.pairs) {
      if (p.inFragment) continue;
      if (p.field) {
        if (values.has(p.field)) continue;
        const index = FIELD_INDEX[p.field];
        const bit = 1 << index;
        if (seen & bit) continue;
        seen |= bit;
        finalValue[index] = p.value;
        finalRaw[index] = p.rawValue ?? '';
        campaignPairs++;
        continue;
      }
      if (pairFails(plan, policy, p.key, p.value, p.rawValue ?? '', false)) return false;
      const c0 = p.key.charCodeAt(0);
      if (plan.unknownParam && (c0 === 117 || c0 === 85) && p.key.toLowerCase().startsWith('utm_')) return false;
    }
    // The values the builder wrote, as a re-scan of the link would read them back.
    const raws = built.raws;
    for (let index = 0; index < FIELD_COUNT; index++) {
      let raw = raws?.[index];
      let value: string | undefined;
      if (raw === undefined) {
        if (raws) continue;
        value = values.get(CAMPAIGN_PARAM_FIELDS[index]!);
        if (!value) continue;
        raw = encodeCampaignValue(value);
      } else value = values.get(CAMPAIGN_PARAM_FIELDS[index]!)!;
      // Written as-is, the value reads back as itself: cachedVerdict refuses it otherwise (or if it holds
      // `&` or `#`, which would split the pair or end the query).
      if (raw !== value) {
        if (raw.includes('&') || raw.includes('#')) return false;
        value = raw.includes('%') || raw.includes('+') ? decodeCampaignValue(raw) : raw;
      }
      finalValue[index] = value;
      finalRaw[index] = raw;
      campaignPairs++;
    }
    if (campaignPairs === 0) return !plan.missing || (policy.required.length === 0 && policy.requireOneOf.length === 0);
    if (plan.internal && isInternalCampaignHost(campaignUrlHost(built.authority), policy.internalHosts)) return false;
    const medium = finalValue[1];
    // No templates: none applies (a medium named like an Object.prototype key makes links/value-not-allowed
    // throw there, so it reports nothing; judging the value here instead can only send the link to the full check).
    const template = medium === undefined || !plan.hasTemplates ? undefined : policy.templates[medium.toLowerCase()];
    if (plan.missing) {
      for (const index of plan.required) if (!presentAt(index)) return false;
      const extra = template?.required;
      if (extra) for (const field of extra) if (!presentAt(FIELD_INDEX[field])) return false;
      for (let g = 0; g < plan.requireOneOf.length; g++) {
        const group = plan.requireOneOf[g]!;
        let ok = false;
        for (const index of group) if (presentAt(index)) ok = true;
        if (ok) continue;
        const fields = policy.requireOneOf[g]!;
        if (fields.some((f) => policy.required.includes(f) || (extra?.includes(f) ?? false))) continue;
        return false;
      }
    }
    for (let i = 0; i < FIELD_COUNT; i++) {
      const value = finalValue[i];
      if (value === undefined) continue;
      const field = CAMPAIGN_PARAM_FIELDS[i]!;
      const raw = finalRaw[i]!;
      let verdict: number;
      if (raw === value) verdict = cachedVerdict(plan, policy, i, value);
      else if (pairFails(plan, policy, CAMPAIGN_PARAM_KEYS[field], value, raw, true)) verdict = FAIL;
      else verdict = valueVerdict(plan, policy, field, value);
      if (verdict === FAIL) return false;
      if (verdict === PASS_UNLESS_TEMPLATE && template !== undefined) {
        // As links/value-not-allowed reads it (a template that is not a plain entry throws there and here).
        const list = template.allowed[field];
        if (list && list.length > 0 && !list.includes(value)) return false;
      }
    }
    return true;
  } catch {
    return false;
  }
}
