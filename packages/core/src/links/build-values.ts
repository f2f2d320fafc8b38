/** The builder's first step: params checked, trimmed and rewritten where the policy says so, into the values to write. */
import type { Finding } from '../engine/finding.js';
import { CampaignUrlError } from './errors.js';
import {
  ALL_CAMPAIGN_REWRITES,
  type CampaignValueRewrite,
  NO_CAMPAIGN_REWRITES,
  rewriteCampaignValue,
} from './normalize.js';
import { CAMPAIGN_FIELD_INDEX, CAMPAIGN_PARAM_FIELDS, CAMPAIGN_PARAM_KEYS, type CampaignParamField } from './params.js';
import type { CampaignNormalize, CampaignPolicy, CampaignRewriteKind } from './policy.js';

const FIELD_SET = new Set<string>(CAMPAIGN_PARAM_FIELDS);

type Rewritten = { value: string; kinds: CampaignRewriteKind[] };

// rewriteCampaignValue depends only on the policy, the rewrites that are on, the field and the text: cache it per
// policy, settings and field (bounded: a cache that fills up is cleared).
const REWRITE_CACHE_SIZE = 4096;
const rewriteCache = new WeakMap<CampaignPolicy, Map<number, Map<string, Rewritten>[]>>();

const settingsKey = (s: CampaignNormalize) =>
  (s.aliases ? 1 : 0) | (s.case ? 2 : 0) | (s.spaces ? 4 : 0) | (s.separator ? 8 : 0);

function rewrittenValue(
  field: CampaignParamField,
  text: string,
  policy: CampaignPolicy,
  settings: CampaignNormalize,
): Rewritten {
  let bySettings = rewriteCache.get(policy);
  if (!bySettings) {
    bySettings = new Map();
    rewriteCache.set(policy, bySettings);
  }
  const key = settingsKey(settings);
  let byField = bySettings.get(key);
  if (!byField) {
    byField = CAMPAIGN_PARAM_FIELDS.map(() => new Map<string, Rewritten>());
    bySettings.set(key, byField);
  }
  const cache = byField[CAMPAIGN_FIELD_INDEX[field]]!;
  let out = cache.get(text);
  if (out === undefined) {
    out = rewriteCampaignValue(field, text, policy, settings);
    if (cache.size >= REWRITE_CACHE_SIZE) cache.clear();
    cache.set(text, out);
  }
  return out;
}

/** The values to write and the rewrites made on the way. */
export interface PreparedCampaignValues {
  /** Per field, the value to write; `''` means remove the parameter. */
  values: Map<CampaignParamField, string>;
  /** One entry per value a rewrite changed (trimming is not a rewrite). */
  rewrites: CampaignValueRewrite[];
}

/** The rewrites a call applies: the call's `normalize` override, else the policy's own `normalize`. */
export function campaignRewriteSettings(policy: CampaignPolicy, normalize: boolean | undefined): CampaignNormalize {
  if (normalize === true) return ALL_CAMPAIGN_REWRITES;
  if (normalize === false) return NO_CAMPAIGN_REWRITES;
  return policy.normalize ?? NO_CAMPAIGN_REWRITES;
}

/**
 * The values to write, validated. Each is trimmed and then rewritten by the rewrites that are on (see
 * `campaignRewriteSettings`); `normalize: false` writes them exactly as given, untrimmed.
 */
export function prepareCampaignValues(
  params: unknown,
  policy: CampaignPolicy,
  normalize?: boolean,
): PreparedCampaignValues {
  if (typeof params !== 'object' || params === null || Array.isArray(params)) {
    throw new CampaignUrlError('links/invalid-params', [
      {
        ruleId: 'links/invalid-params',
        category: 'links',
        severity: 'error',
        field: 'params',
        message: 'params must be an object.',
      },
    ]);
  }
  const bad: Finding[] = [];
  const out = new Map<CampaignParamField, string>();
  const rewrites: CampaignValueRewrite[] = [];
  const settings = normalize === false ? undefined : campaignRewriteSettings(policy, normalize);
  // The default: every rewrite off, so a value is only trimmed.
  const trimOnly = settings !== undefined && settingsKey(settings) === 0;
  // Object.keys + one read per key: what Object.entries reads, without a [key, value] array per entry.
  const record = params as Record<string, unknown>;
  for (const name of Object.keys(record)) {
    const raw = record[name];
    if (!FIELD_SET.has(name)) {
      const hint =
        name === 'campaignId' || name === 'campaign_id' ? ' (the campaign id is `id`, written as utm_id)' : '';
      bad.push({
        ruleId: 'links/invalid-params',
        category: 'links',
        severity: 'error',
        field: name,
        message: `"${name}" is not a campaign parameter${hint}; use one of ${CAMPAIGN_PARAM_FIELDS.join(', ')}.`,
      });
      continue;
    }
    if (raw === undefined || raw === null) continue;
    if (typeof raw !== 'string' && typeof raw !== 'number') {
      bad.push({
        ruleId: 'links/invalid-params',
        category: 'links',
        severity: 'error',
        field: CAMPAIGN_PARAM_KEYS[name as CampaignParamField],
        message: `${CAMPAIGN_PARAM_KEYS[name as CampaignParamField]} must be a string, not ${typeof raw}.`,
      });
      continue;
    }
    const field = name as CampaignParamField;
    const text = String(raw);
    if (settings === undefined || text === '') {
      out.set(field, text);
      continue;
    }
    if (trimOnly) {
      out.set(field, text.trim());
      continue;
    }
    const rewritten = rewrittenValue(field, text, policy, settings);
    out.set(field, rewritten.value);
    if (rewritten.kinds.length > 0) {
      rewrites.push({ field, from: text.trim(), to: rewritten.value, kinds: rewritten.kinds });
    }
  }
  if (bad.length > 0) throw new CampaignUrlError('links/invalid-params', bad);
  return { values: out, rewrites };
}
