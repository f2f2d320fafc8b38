/** CopyConfig: a team's brand voice and rule settings, as a zod schema, and the key-by-key reading of it. */
import { z } from 'zod';
import { type Finding, type Presets, RuleSettingSchema, SeveritySchema } from '../engine/index.js';
import { PlacementIdSchema } from './placements.js';

export const COPY_CATEGORIES = [
  'length',
  'claims',
  'ai-tells',
  'placeholders',
  'brand-voice',
  'readability',
  'policy',
  'formatting',
] as const;
export type CopyCategory = (typeof COPY_CATEGORIES)[number];
export const CopyCategorySchema = z.enum(COPY_CATEGORIES);

const phrase = z.string().trim().min(1).max(200);
const kebab = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'use kebab-case, e.g. "no-competitor-names"');

const customBase = {
  id: kebab,
  message: z.string().min(1).max(300).optional(),
  severity: SeveritySchema.optional(),
  category: CopyCategorySchema.optional(),
  placements: z.array(PlacementIdSchema).optional(),
};

/** Rules a team writes in config, built by the same factories as the built-in packs (Vale-style kinds). */
export const CopyCustomRuleSchema = z.discriminatedUnion('kind', [
  z
    .object({
      ...customBase,
      kind: z.literal('existence'),
      tokens: z.array(phrase).min(1),
      exceptions: z.array(phrase).optional(),
      caseSensitive: z.boolean().optional(),
    })
    .strict(),
  z.object({ ...customBase, kind: z.literal('substitution'), swap: z.record(phrase, z.string().max(200)) }).strict(),
  z
    .object({
      ...customBase,
      kind: z.literal('occurrence'),
      count: z.enum(['words', 'sentences', 'characters']).optional(),
      tokens: z.array(phrase).optional(),
      min: z.number().int().nonnegative().optional(),
      max: z.number().int().nonnegative().optional(),
    })
    .strict(),
  z
    .object({
      ...customBase,
      kind: z.literal('repetition'),
      max: z.number().int().min(1).default(2),
      ignore: z.array(phrase).optional(),
    })
    .strict(),
  z
    .object({
      ...customBase,
      kind: z.literal('capitalization'),
      terms: z.array(phrase).optional(),
      noAllCaps: z.boolean().optional(),
    })
    .strict(),
  z.object({ ...customBase, kind: z.literal('required'), anyOf: z.array(phrase).min(1) }).strict(),
  z
    .object({
      ...customBase,
      kind: z.literal('readability'),
      metric: z.enum(['sentence-length', 'flesch-reading-ease']),
      max: z.number().positive().optional(),
      min: z.number().optional(),
    })
    .strict(),
]);
export type CopyCustomRule = z.infer<typeof CopyCustomRuleSchema>;

const claimEntry = z.union([phrase, z.object({ claim: phrase, evidence: z.string().max(500).optional() }).strict()]);
const bannedEntry = z.union([
  phrase,
  z.object({ word: phrase, message: z.string().max(300).optional(), suggest: z.string().max(200).optional() }).strict(),
]);

export const CopyConfigShape = {
  /** The brand name exactly as it must be written, plus spellings that are also correct ("ACME Pro"). */
  brand: z
    .object({ name: phrase, variants: z.array(phrase).optional() })
    .strict()
    .optional(),
  /** Words the brand never uses. */
  bannedWords: z.array(bannedEntry).optional(),
  /** Preferred terms: use `use` instead of any of `insteadOf` (a safe replace fix). */
  substitutions: z.array(z.object({ use: z.string().max(200), insteadOf: z.array(phrase).min(1) }).strict()).optional(),
  /** Disclaimers that must appear, per placement (all placements when `placements` is left out). */
  requiredDisclaimers: z
    .array(z.object({ text: phrase, placements: z.array(PlacementIdSchema).optional() }).strict())
    .optional(),
  /** Claims the team has substantiated (with evidence on file): they stop being flagged. */
  substantiatedClaims: z.array(claimEntry).optional(),
  customRules: z.array(CopyCustomRuleSchema).optional(),
  /** Engine settings, as in the engine config: presets, then per-rule `off`/severity/options. */
  extends: z.union([z.string(), z.array(z.string())]).optional(),
  rules: z.record(z.string(), RuleSettingSchema).optional(),
};

export const CopyConfigSchema = z.object(CopyConfigShape).strict();
export type CopyConfig = z.infer<typeof CopyConfigSchema>;

function configFinding(field: string, message: string): Finding {
  return { ruleId: 'config/invalid', category: 'config', severity: 'error', field, message };
}

function issuesToFindings(key: string, error: z.ZodError): Finding[] {
  return error.issues.flatMap((issue) => {
    const path = [key, ...issue.path.map(String)].join('.');
    // An unknown key is named itself (`brand.colour`), not its parent, so the finding points at the typo.
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((k) =>
        configFinding(`${path}.${k}`, `Unknown copy config key "${path}.${k}"; "${key}" is ignored.`),
      );
    }
    return [configFinding(path, `Copy config "${path}" is invalid: ${issue.message}; this setting is ignored.`)];
  });
}

/**
 * Reads config key by key: a bad key is dropped with a finding that names it, the rest still applies.
 * `rules` and `extends` pass through raw: the engine validates them against the rule list (see
 * `resolveCopyConfig`, which runs both steps).
 */
export function resolveCopyConfigKeys(input: unknown): { config: CopyConfig; findings: Finding[] } {
  const findings: Finding[] = [];
  const config: Record<string, unknown> = {};
  if (input === undefined || input === null) return { config, findings };
  if (typeof input !== 'object' || Array.isArray(input)) {
    findings.push(configFinding('(root)', 'Copy config must be an object; it is ignored.'));
    return { config, findings };
  }
  for (const [key, value] of Object.entries(input as Record<string, unknown>)) {
    if (key === 'rules' || key === 'extends') {
      config[key] = value;
      continue;
    }
    if (!Object.hasOwn(CopyConfigShape, key)) {
      findings.push(configFinding(key, `Unknown copy config key "${key}"; remove it or check its spelling.`));
      continue;
    }
    const schema = CopyConfigShape[key as keyof typeof CopyConfigShape];
    if (key === 'customRules' && Array.isArray(value)) {
      // One bad custom rule drops only itself.
      const ok: unknown[] = [];
      value.forEach((item, i) => {
        const r = CopyCustomRuleSchema.safeParse(item);
        if (r.success) ok.push(r.data);
        else findings.push(...issuesToFindings(`customRules.${i}`, r.error));
      });
      config[key] = ok;
      continue;
    }
    const parsed = schema.safeParse(value);
    if (parsed.success) config[key] = parsed.data;
    else findings.push(...issuesToFindings(key, parsed.error));
  }
  return { config: config as CopyConfig, findings };
}

/** Presets for `extends`: `copy:strict` raises single AI-tell hits and soft length limits to warnings. */
export const copyPresets: Presets = {
  'copy:recommended': {},
  'copy:strict': {
    rules: {
      'copy/ai-tells/overused-vocabulary': 'warning',
      'copy/length/soft-limit': 'error',
      'copy/claims/new-claim': 'warning',
    },
  },
};
