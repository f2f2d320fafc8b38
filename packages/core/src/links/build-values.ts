/** The builder's first step: params checked and normalized into the values to write. */
import type { Finding } from '../engine/finding.js';
import { CampaignUrlError } from './errors.js';
import { normalizeCampaignValue } from './normalize.js';
import { CAMPAIGN_PARAM_FIELDS, CAMPAIGN_PARAM_KEYS, type CampaignParamField } from './params.js';
import type { CampaignPolicy } from './policy.js';

const FIELD_SET = new Set<string>(CAMPAIGN_PARAM_FIELDS);

// normalizeCampaignValue depends only on the policy, the field and the text: cache it per policy and field
// (bounded: a cache that fills up is cleared).
const NORMALIZED_CACHE_SIZE = 4096;
const normalizedCache = new WeakMap<CampaignPolicy, Map<string, string>[]>();

function normalizedValue(field: CampaignParamField, text: string, policy: CampaignPolicy): string {
  let byField = normalizedCache.get(policy);
  if (!byField) {
    byField = CAMPAIGN_PARAM_FIELDS.map(() => new Map<string, string>());
    normalizedCache.set(policy, byField);
  }
  const cache = byField[FIELD_INDEX[field]]!;
  let out = cache.get(text);
  if (out === undefined) {
    out = normalizeCampaignValue(field, text, policy);
    if (cache.size >= NORMALIZED_CACHE_SIZE) cache.clear();
    cache.set(text, out);
  }
  return out;
}

const FIELD_INDEX = Object.fromEntries(CAMPAIGN_PARAM_FIELDS.map((f, i) => [f, i])) as Record<
  CampaignParamField,
  number
>;

/** The values to write, validated and normalized; `''` means remove the parameter. */
export function prepareCampaignValues(
  params: unknown,
  policy: CampaignPolicy,
  normalize: boolean,
): Map<CampaignParamField, string> {
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
    out.set(field, normalize && text !== '' ? normalizedValue(field, text, policy) : text);
  }
  if (bad.length > 0) throw new CampaignUrlError('links/invalid-params', bad);
  return out;
}
