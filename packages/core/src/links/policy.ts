/** CampaignPolicy: a team's naming rules for campaign links, as a zod schema shareable as JSON. */
import { z } from 'zod';
import { ConfigError, RuleSettingSchema } from '../engine/config.js';
import { describeValue } from '../engine/errors.js';
import type { Finding } from '../engine/finding.js';

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

/** The builder's rewrites, each off unless the team turns it on. */
const CampaignNormalizeSchema = z
  .object({
    /** Fold aliases to their canonical value (`fb` → `facebook`), as listed in `aliases`. */
    aliases: z.boolean().default(false),
    /** Lowercase values when `case` is `lower` (macros keep their case). */
    case: z.boolean().default(false),
    /** Replace runs of spaces with `separator`. */
    spaces: z.boolean().default(false),
    /** Replace the other separator with `separator` in campaign, content, term, id and the GA4 extras. */
    separator: z.boolean().default(false),
  })
  .strict()
  .default({ aliases: false, case: false, spaces: false, separator: false });

export const CampaignPolicySchema = z
  .object({
    name: z.string().default('custom'),
    /** Parameters every link must carry. */
    required: z.array(Field).default(['source', 'medium']),
    /** Groups where at least one must be set (GA4 needs a campaign name or a campaign id). */
    requireOneOf: z.array(z.array(Field).min(1)).default([['campaign', 'id']]),
    /** `lower`: values should be lowercase (macros excepted), checked with a warning; `any`: case is not checked. */
    case: z.enum(['lower', 'any']).default('lower'),
    /** The word separator in campaign, content, term, id and the GA4 extras; the other one is flagged. */
    separator: z.enum(['_', '-']).default('_'),
    /**
     * What the builder rewrites toward this policy, on purpose. Off by default: values are written as given
     * (trimmed and percent-encoded) and the checks warn instead, because a rewritten value (`hero-banner` →
     * `hero_banner`) becomes a new row in GA4, apart from the team's history. Each rewrite is recorded as a
     * `links/value-rewritten` info finding.
     */
    normalize: CampaignNormalizeSchema,
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
/** The rewrites a policy turns on (`policy.normalize`). */
export type CampaignNormalize = CampaignPolicy['normalize'];
/** One kind of rewrite: `aliases`, `case`, `spaces` or `separator`. */
export type CampaignRewriteKind = keyof CampaignNormalize;

/**
 * A sensible default: source, medium and a campaign name or id; lowercase and `_` expected, common aliases known,
 * all checked with warnings. It rewrites nothing: the builder writes values as given (trimmed, encoded).
 */
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

/**
 * A strict example: closed lists of sources and mediums, `-` separator, content required on paid social, case and
 * separator problems as errors, and every rewrite turned on, so the builder writes the convention on purpose.
 */
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
  normalize: { aliases: true, case: true, spaces: true, separator: true },
  rules: { 'links/value-case': 'error', 'links/value-separator': 'error' },
});

/** The result of `resolveCampaignPolicy`: the policy to use and the problems found in the input. */
export interface ResolvedCampaignPolicy {
  value: CampaignPolicy;
  /** `config/invalid` findings whose `field` names the bad path (`policy.templates.paid-social.required`). */
  findings: Finding[];
}

const POLICY_FIELD = 'policy';
// Keys whose value is a record or an object of switches: each entry is checked alone, so one bad entry drops only
// itself.
const RECORD_KEYS = new Set(['allowed', 'aliases', 'templates', 'rules', 'normalize']);

function policyFinding(path: string, message: string): Finding {
  return { ruleId: 'config/invalid', category: 'config', severity: 'error', field: path, message };
}

function issuesToFindings(prefix: string, error: z.ZodError): Finding[] {
  return error.issues.map((issue) => {
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
    const path = [prefix, ...issue.path.map(String)].join('.');
    if (keys.length > 0) {
      return policyFinding(
        keys.map((k) => `${path}.${k}`).join(', '),
        `Unknown policy key ${keys.map((k) => `"${k}"`).join(', ')} in "${path}"; this setting is ignored.`,
      );
    }
    return policyFinding(path, `Policy setting "${path}" is invalid: ${issue.message}; this setting is ignored.`);
  });
}

/** Validates one top-level key; records are validated entry by entry. Returns the kept value or undefined. */
function resolvePolicyKey(key: keyof typeof CampaignPolicySchema.shape, value: unknown, findings: Finding[]): unknown {
  const schema = CampaignPolicySchema.shape[key] as z.ZodType;
  const path = `${POLICY_FIELD}.${key}`;
  if (RECORD_KEYS.has(key) && typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const kept: Record<string, unknown> = {};
    for (const [entry, entryValue] of Object.entries(value)) {
      const one = schema.safeParse({ [entry]: entryValue });
      if (!one.success) findings.push(...issuesToFindings(path, one.error));
      // An object schema fills its other keys with defaults: keep only the entry checked here.
      else if (key === 'normalize') kept[entry] = (one.data as Record<string, unknown>)[entry];
      else Object.assign(kept, one.data);
    }
    return kept;
  }
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  findings.push(...issuesToFindings(path, parsed.error));
  return undefined;
}

const resolvedCache = new WeakMap<object, ResolvedCampaignPolicy>();

/**
 * The lenient reading of a policy, for reports and editors: never throws. A bad key becomes a `config/invalid`
 * finding naming its path (`policy.maxLength`) and only that setting falls back to its default; the rest of
 * the policy still applies. `undefined` and `null` mean `defaultCampaignPolicy`. Cached per input object.
 */
export function resolveCampaignPolicy(input: unknown): ResolvedCampaignPolicy {
  if (input === undefined || input === null) return { value: defaultCampaignPolicy, findings: [] };
  if (typeof input !== 'object' || Array.isArray(input)) {
    return {
      value: defaultCampaignPolicy,
      findings: [
        policyFinding(
          POLICY_FIELD,
          `The campaign policy must be an object; got ${describeValue(input)}. The default policy is used.`,
        ),
      ],
    };
  }
  const hit = resolvedCache.get(input);
  if (hit) return hit;
  let result: ResolvedCampaignPolicy;
  const whole = CampaignPolicySchema.safeParse(input);
  if (whole.success) result = { value: whole.data, findings: [] };
  else {
    const findings: Finding[] = [];
    const kept: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(input)) {
      if (!Object.hasOwn(CampaignPolicySchema.shape, key)) {
        findings.push(policyFinding(`${POLICY_FIELD}.${key}`, `Unknown policy key "${key}"; this setting is ignored.`));
        continue;
      }
      const ok = resolvePolicyKey(key as keyof typeof CampaignPolicySchema.shape, value, findings);
      if (ok !== undefined) kept[key] = ok;
    }
    // Every kept value passed its own schema, so the whole parse only fills in defaults.
    const rebuilt = CampaignPolicySchema.safeParse(kept);
    result = { value: rebuilt.success ? rebuilt.data : defaultCampaignPolicy, findings };
  }
  resolvedCache.set(input, result);
  if (result.findings.length === 0) resolvedCache.set(result.value, result);
  return result;
}

/**
 * The strict reading of a policy, for CLIs and gates: the parsed policy, or a `ConfigError` (a `RevloopError`
 * with code `config/invalid`) whose findings name every bad path.
 */
export function parseCampaignPolicy(input: unknown): CampaignPolicy {
  const { value, findings } = resolveCampaignPolicy(input);
  if (findings.length > 0) throw new ConfigError(findings);
  return value;
}
