/** Extension settings: one zod schema (brand profile, sites, placements, overrides, policy, thresholds), migration and import. */
import { z } from 'zod';
import type { PlacementId } from './core-schemas.js';
import {
  CampaignPolicySchema,
  CopyConfigSchema,
  defaultCampaignPolicy,
  defaultCopyConfig,
  PlacementIdSchema,
} from './core-schemas.js';
import { renameLegacyRuleIds } from './rule-ids.js';

export type { CampaignPolicy, CopyConfig, PlacementId } from './core-schemas.js';

/** Bump when the stored shape changes, and add a step to `MIGRATIONS`. */
export const SETTINGS_VERSION = 2;

/** An origin such as `https://shop.example.com` (scheme + host + optional port, nothing else). */
export const OriginSchema = z
  .string()
  .regex(/^https?:\/\/[a-z0-9.-]+(:\d{1,5})?$/i, 'must be an origin like https://example.com (no path)');

export const RuleOverrideSchema = z.enum(['off', 'error', 'warning', 'info']);
export type RuleOverride = z.infer<typeof RuleOverrideSchema>;

export const ThresholdsSchema = z
  .object({
    /** Scores at or above this are "good" (green). */
    good: z.number().int().min(1).max(100),
    /** Scores at or above this (and below `good`) are "fair" (amber); below is "poor" (red). */
    fair: z.number().int().min(0).max(99),
  })
  .strict()
  .refine((t) => t.good > t.fair, { message: 'good must be greater than fair', path: ['good'] });
export type Thresholds = z.infer<typeof ThresholdsSchema>;

export const ExtensionSettingsSchema = z
  .object({
    schemaVersion: z.literal(SETTINGS_VERSION),
    /** Brand profile: name and casing, banned words, substitutions, disclaimers, substantiated claims. */
    brand: CopyConfigSchema,
    /** Origins where the user enabled the in-editor checker (each also needs a granted host permission). */
    enabledSites: z.array(OriginSchema),
    /** Editor field key (e.g. `shopify.product.title`) → copy placement; the user may change it. */
    editorPlacements: z.record(z.string(), PlacementIdSchema),
    /** Rule id → `off` or a forced severity, applied to every audit and copy lint. */
    ruleOverrides: z.record(z.string(), RuleOverrideSchema),
    campaignPolicy: CampaignPolicySchema,
    thresholds: ThresholdsSchema,
    /** Show the automatic badge on marketplace product pages. */
    autoAudit: z.boolean(),
  })
  .strict();
export type ExtensionSettings = z.infer<typeof ExtensionSettingsSchema>;

/** Default field → placement mapping for the editors the checker knows. */
export const defaultEditorPlacements: Record<string, PlacementId> = {
  'shopify.product.title': 'seo.title',
  'shopify.product.description': 'generic',
  'shopify.seo.title': 'seo.title',
  'shopify.seo.description': 'seo.meta-description',
  'wordpress.post.title': 'seo.title',
  'wordpress.post.content': 'generic',
  'wordpress.post.excerpt': 'seo.meta-description',
  'generic.input': 'generic',
  'generic.textarea': 'generic',
  'generic.contenteditable': 'generic',
};

export function defaultSettings(): ExtensionSettings {
  return {
    schemaVersion: SETTINGS_VERSION,
    brand: { ...defaultCopyConfig },
    enabledSites: [],
    editorPlacements: { ...defaultEditorPlacements },
    ruleOverrides: {},
    campaignPolicy: structuredClone(defaultCampaignPolicy),
    thresholds: { good: 90, fair: 70 },
    autoAudit: true,
  };
}

type Raw = Record<string, unknown>;
const isObject = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Step n upgrades version n to n + 1. v1 called the sites list `sites` and kept bands as `goodScore`/`fairScore`. */
const MIGRATIONS: Record<number, (raw: Raw) => Raw> = {
  1: ({ sites, goodScore, fairScore, ...rest }) => {
    const out: Raw = { ...rest, schemaVersion: 2 };
    if (sites !== undefined && rest.enabledSites === undefined) out.enabledSites = sites;
    if ((goodScore !== undefined || fairScore !== undefined) && rest.thresholds === undefined) {
      out.thresholds = { good: goodScore ?? 90, fair: fairScore ?? 70 };
    }
    return out;
  },
};

/**
 * Upgrades an older object step by step, renames old listing rule ids in `ruleOverrides` (`amazon/…` →
 * `listing/amazon/…`) and (unless `fill` is false) fills missing top-level keys with defaults. Does not validate.
 */
export function upgradeSettings(raw: unknown, fill = true): Raw {
  if (!isObject(raw)) return { ...defaultSettings() };
  let obj: Raw = { ...raw };
  let version = typeof obj.schemaVersion === 'number' ? obj.schemaVersion : 1;
  while (version < SETTINGS_VERSION) {
    const step = MIGRATIONS[version];
    if (!step) break;
    obj = step(obj);
    version += 1;
  }
  obj.schemaVersion = version;
  // Not a versioned step: the shape is unchanged, and an old id can arrive in any version (imports, older builds).
  if (isObject(obj.ruleOverrides)) obj.ruleOverrides = renameLegacyRuleIds(obj.ruleOverrides);
  if (!fill) return obj;
  const defaults = defaultSettings() as unknown as Raw;
  for (const [key, value] of Object.entries(defaults)) if (!(key in obj)) obj[key] = value;
  return obj;
}

/**
 * Turns whatever is stored (any older version, partial, or corrupt) into valid settings. Never throws:
 * top-level keys that fail validation fall back to their defaults, so one bad key never loses the rest.
 */
export function migrateSettings(raw: unknown): ExtensionSettings {
  const upgraded = upgradeSettings(raw);
  const whole = ExtensionSettingsSchema.safeParse(upgraded);
  if (whole.success) return whole.data;
  const defaults = defaultSettings();
  const out = { ...defaults } as Raw;
  const shape = ExtensionSettingsSchema.shape as Record<string, z.ZodType>;
  for (const key of Object.keys(shape)) {
    const field = shape[key]!.safeParse(upgraded[key]);
    if (field.success) out[key] = field.data;
  }
  out.schemaVersion = SETTINGS_VERSION;
  return ExtensionSettingsSchema.parse(out);
}

export interface SettingsIssue {
  /** Dotted path to the bad key, e.g. `thresholds.good` or `brand.bannedWords.2`; `(root)` for the whole file. */
  path: string;
  message: string;
}

export type ImportResult = { ok: true; settings: ExtensionSettings } | { ok: false; errors: SettingsIssue[] };

/** Lists every problem with its exact key path; unknown keys are listed one by one. */
export function settingsIssues(error: z.ZodError): SettingsIssue[] {
  const out: SettingsIssue[] = [];
  for (const issue of error.issues) {
    const base = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) out.push({ path: base ? `${base}.${key}` : key, message: 'unknown key' });
    } else out.push({ path: base || '(root)', message: issue.message });
  }
  return out;
}

/**
 * Validates a settings file (any known schema version) for import. On failure nothing changes: `current`
 * is never touched and the caller keeps it. Missing top-level keys keep the current values.
 */
export function importSettings(json: string, current: ExtensionSettings): ImportResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch (e) {
    return { ok: false, errors: [{ path: '(root)', message: `not valid JSON: ${(e as Error).message}` }] };
  }
  if (!isObject(parsed)) return { ok: false, errors: [{ path: '(root)', message: 'expected a JSON object' }] };
  const version = parsed.schemaVersion;
  if (version !== undefined && (typeof version !== 'number' || version > SETTINGS_VERSION || version < 1)) {
    return {
      ok: false,
      errors: [
        { path: 'schemaVersion', message: `unsupported schema version (this extension reads 1–${SETTINGS_VERSION})` },
      ],
    };
  }
  const upgraded = upgradeSettings({ ...parsed, schemaVersion: version ?? SETTINGS_VERSION }, false);
  const result = ExtensionSettingsSchema.safeParse({ ...structuredClone(current), ...upgraded });
  if (!result.success) return { ok: false, errors: settingsIssues(result.error) };
  return { ok: true, settings: result.data };
}

/** The JSON a team shares: pretty-printed, versioned. */
export function exportSettings(settings: ExtensionSettings): string {
  return `${JSON.stringify(settings, null, 2)}\n`;
}
