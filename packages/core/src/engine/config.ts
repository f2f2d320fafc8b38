/** Engine config: turn rules on or off, override severities and weights, set options, extend presets. */
import { z } from 'zod';
import { invalidInputError, RevloopError } from './errors.js';
import { type Finding, isSeverity, SeveritySchema } from './finding.js';
import { type AnyRuntimeRule, assertRuntimeRules, runtimeRuleProblem } from './rule.js';

export const RuleSettingSchema = z.union([
  z.literal('off'),
  SeveritySchema,
  z
    .object({
      enabled: z.boolean().optional(),
      severity: SeveritySchema.optional(),
      weight: z.number().min(0).max(10).optional(),
      options: z.unknown().optional(),
    })
    .strict(),
]);
export type RuleSetting = z.infer<typeof RuleSettingSchema>;

export const EngineConfigSchema = /* @__PURE__ */ z
  .object({
    /** Preset names applied in order, then `rules` on top. */
    extends: z.union([z.string(), z.array(z.string())]).optional(),
    rules: z.record(z.string(), RuleSettingSchema).optional(),
  })
  .strict();
export type EngineConfig = z.infer<typeof EngineConfigSchema>;

const EngineConfigFrameSchema = /* @__PURE__ */ z
  .object({
    extends: z.union([z.string(), z.array(z.string())]).optional(),
    rules: z.record(z.string(), z.unknown()).optional(),
  })
  .strict();

/** A rule as the runner will run it, after config. */
export interface ResolvedRule<Ctx = unknown> {
  rule: AnyRuntimeRule<Ctx>;
  severity: Finding['severity'];
  /** True when config forced the severity; then it replaces any severity the rule chose per finding. */
  severityOverridden: boolean;
  weight: number;
  options: unknown;
}

export interface ResolvedConfig<Ctx = unknown> {
  rules: ResolvedRule<Ctx>[];
  weights: Record<string, number>;
}

export type Presets = Readonly<Record<string, EngineConfig>>;

/** Thrown by `parseEngineConfig` when config is invalid; `findings` name every bad key. */
export class ConfigError extends RevloopError {
  override name = 'ConfigError';
  constructor(findings: Finding[]) {
    super('config/invalid', findings, `Invalid config: ${findings.map((f) => f.message).join(' ')}`);
  }
}

function configFinding(field: string, message: string, severity: Finding['severity'] = 'error'): Finding {
  return { ruleId: 'config/invalid', category: 'config', severity, field, message };
}

/** For a union, the branch that got furthest (deepest path) explains the problem best. */
function flattenIssue(issue: z.core.$ZodIssue): z.core.$ZodIssue {
  if (issue.code !== 'invalid_union' || issue.errors.length === 0) return issue;
  let best: z.core.$ZodIssue | undefined;
  for (const branch of issue.errors) {
    for (const inner of branch) {
      if (!best || inner.path.length > best.path.length) best = inner;
    }
  }
  if (!best || best.path.length === 0) return issue;
  return flattenIssue({ ...best, path: [...issue.path, ...best.path] });
}

function zodIssuesToFindings(prefix: string, error: z.ZodError): Finding[] {
  return error.issues.map((raw) => {
    const issue = flattenIssue(raw);
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
    const path = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
    if (keys.length > 0) {
      return configFinding(
        keys.map((k) => (path ? `${path}.${k}` : k)).join(', '),
        `Unknown key ${keys.map((k) => `"${k}"`).join(', ')}${path ? ` in "${path}"` : ''}; remove it or check its spelling.`,
      );
    }
    return configFinding(path || '(root)', `"${path || '(root)'}" is invalid: ${issue.message}.`);
  });
}

/**
 * Validates config against the known rules and presets. Never throws: bad keys, unknown rules or
 * presets and invalid rule options come back as findings, and the rest of the config still applies.
 */
export function resolveEngineConfig<Ctx>(
  rules: readonly AnyRuntimeRule<Ctx>[],
  input: unknown = {},
  presets: Presets = {},
): { config: ResolvedConfig<Ctx>; findings: Finding[] } {
  // `rules` and `presets` come from code, not from the user's config: a wrong one is a typed throw, not a finding.
  assertRuntimeRules(rules);
  const knownPresets = checkPresets(presets);
  const findings: Finding[] = [];
  // Validate the frame first, then each rule setting alone, so one bad setting drops only itself.
  const parsed = EngineConfigFrameSchema.safeParse(input ?? {});
  const config: EngineConfig = {};
  if (parsed.success) {
    if (parsed.data.extends !== undefined) config.extends = parsed.data.extends;
    config.rules = {};
    for (const [id, raw] of Object.entries(parsed.data.rules ?? {})) {
      const setting = RuleSettingSchema.safeParse(raw);
      if (setting.success) config.rules[id] = setting.data;
      else findings.push(...zodIssuesToFindings(`rules.${id}`, setting.error));
    }
  } else findings.push(...zodIssuesToFindings('', parsed.error));

  const settings: Record<string, RuleSetting> = {};
  const presetNames = config.extends === undefined ? [] : [config.extends].flat();
  for (const name of presetNames) {
    // Own keys only: "constructor" or "__proto__" is an unknown preset, not a prototype member.
    const preset = Object.hasOwn(knownPresets, name) ? knownPresets[name] : undefined;
    if (!preset) {
      findings.push(
        configFinding(
          'extends',
          `Unknown preset "${name}"; known presets: ${Object.keys(knownPresets).join(', ') || 'none'}.`,
        ),
      );
      continue;
    }
    Object.assign(settings, checkPresetRules(name, preset));
  }
  Object.assign(settings, config.rules);
  return applyRuleSettings(rules, settings, findings);
}

/** Null or absent presets mean none; anything else must be an object of name → config. */
function checkPresets(presets: unknown): Presets {
  if (presets === undefined || presets === null) return {};
  if (typeof presets !== 'object' || Array.isArray(presets)) {
    throw invalidInputError('engine', 'presets', presets, 'an object of preset name → { rules }');
  }
  return presets as Presets;
}

/** A preset's rule settings, checked when the preset is used (presets are code, so a bad setting is a typed throw). */
function checkPresetRules(name: string, preset: unknown): Record<string, RuleSetting> {
  if (typeof preset !== 'object' || preset === null || Array.isArray(preset)) {
    throw invalidInputError('engine', `presets.${name}`, preset, 'an engine config ({ rules })');
  }
  const rules = (preset as { rules?: unknown }).rules;
  if (rules === undefined) return {};
  if (typeof rules !== 'object' || rules === null || Array.isArray(rules)) {
    throw invalidInputError('engine', `presets.${name}.rules`, rules, 'an object of rule id → setting');
  }
  for (const [id, setting] of Object.entries(rules)) {
    if (!RuleSettingSchema.safeParse(setting).success) {
      throw invalidInputError(
        'engine',
        `presets.${name}.rules.${id}`,
        setting,
        "'off', a severity or { severity?, … }",
      );
    }
  }
  return rules as Record<string, RuleSetting>;
}

/**
 * Throws `engine/invalid-input` unless `config` is a `ResolvedConfig` (from `resolveEngineConfig` or
 * `parseEngineConfig`), naming the first bad field (`config.rules.0.rule.check`).
 */
export function assertResolvedConfig(config: unknown): asserts config is ResolvedConfig {
  const expected = 'a ResolvedConfig from resolveEngineConfig or parseEngineConfig';
  if (typeof config !== 'object' || config === null) throw invalidInputError('engine', 'config', config, expected);
  const { rules, weights } = config as { rules?: unknown; weights?: unknown };
  if (!Array.isArray(rules)) throw invalidInputError('engine', 'config.rules', rules, 'an array of resolved rules');
  for (let i = 0; i < rules.length; i++) {
    const entry = rules[i] as Partial<Record<keyof ResolvedRule, unknown>> | null | undefined;
    if (typeof entry !== 'object' || entry === null) {
      throw invalidInputError('engine', `config.rules.${i}`, entry, 'a resolved rule ({ rule, severity, … })');
    }
    const problem = runtimeRuleProblem(entry.rule);
    if (problem) {
      const [field, what] = problem;
      const value = field === '' ? entry.rule : (entry.rule as Record<string, unknown>)[field];
      throw invalidInputError('engine', `config.rules.${i}.rule${field ? `.${field}` : ''}`, value, what);
    }
    if (!isSeverity(entry.severity)) {
      throw invalidInputError('engine', `config.rules.${i}.severity`, entry.severity, 'one of error, warning, info');
    }
  }
  if (typeof weights !== 'object' || weights === null || Array.isArray(weights)) {
    throw invalidInputError('engine', 'config.weights', weights, 'an object of rule id → number');
  }
  for (const [id, weight] of Object.entries(weights)) {
    if (typeof weight !== 'number' || Number.isNaN(weight)) {
      throw invalidInputError('engine', `config.weights.${id}`, weight, 'a number');
    }
  }
}

/**
 * The second half of `resolveEngineConfig`, for settings already validated (e.g. by a schema that embeds
 * `RuleSettingSchema`): applies them to the rules, warns on unknown rule ids and validates rule options.
 * Callers that skip config parsing use this alone, so their bundles skip the config parser.
 */
export function applyRuleSettings<Ctx>(
  rules: readonly AnyRuntimeRule<Ctx>[],
  settingsInput: Readonly<Record<string, RuleSetting>>,
  findings: Finding[] = [],
): { config: ResolvedConfig<Ctx>; findings: Finding[] } {
  let settings = settingsInput;
  const known = new Map(rules.map((r) => [r.id, r]));
  const renamed = new Map<string, string>();
  for (const rule of rules) for (const alias of rule.aliases ?? []) renamed.set(alias, rule.id);
  let current: Record<string, RuleSetting> | undefined;
  for (const id of Object.keys(settings)) {
    const newId = renamed.get(id);
    if (newId !== undefined && !known.has(id)) {
      findings.push(
        configFinding(
          `rules.${id}`,
          `Rule "${id}" is now "${newId}"; rename the key (the old id stops working in the next minor version).`,
          'info',
        ),
      );
      current ??= { ...settings };
      // The new id wins when both are set.
      if (!(newId in settings)) current[newId] = settings[id] as RuleSetting;
      delete current[id];
    } else if (!known.has(id)) {
      findings.push(configFinding(`rules.${id}`, `Unknown rule "${id}"; the setting is ignored.`, 'warning'));
    }
  }
  if (current) settings = current;

  const resolved: ResolvedRule<Ctx>[] = [];
  const weights: Record<string, number> = {};
  for (const rule of rules) {
    const setting = settings[rule.id];
    let enabled = true;
    let severity = rule.severity;
    let severityOverridden = false;
    let weight = rule.weight ?? 1;
    let options: unknown = rule.defaultOptions;
    if (setting === 'off') enabled = false;
    else if (typeof setting === 'string') {
      severity = setting;
      severityOverridden = true;
    } else if (setting) {
      if (setting.enabled === false) enabled = false;
      if (setting.severity) {
        severity = setting.severity;
        severityOverridden = true;
      }
      if (setting.weight !== undefined) weight = setting.weight;
      if (setting.options !== undefined) {
        if (!rule.optionsSchema) {
          findings.push(configFinding(`rules.${rule.id}.options`, `Rule "${rule.id}" takes no options.`, 'warning'));
        } else {
          const merged =
            typeof setting.options === 'object' && setting.options !== null && typeof rule.defaultOptions === 'object'
              ? { ...(rule.defaultOptions as object), ...(setting.options as object) }
              : setting.options;
          const opt = rule.optionsSchema.safeParse(merged);
          if (opt.success) options = opt.data;
          else findings.push(...zodIssuesToFindings(`rules.${rule.id}.options`, opt.error));
        }
      }
    }
    weights[rule.id] = weight;
    if (enabled) resolved.push({ rule, severity, severityOverridden, weight, options });
  }
  return { config: { rules: resolved, weights }, findings };
}

/** Strict variant for CLIs and gates: throws `ConfigError` when any finding is an error. */
export function parseEngineConfig<Ctx>(
  rules: readonly AnyRuntimeRule<Ctx>[],
  input: unknown,
  presets: Presets = {},
): ResolvedConfig<Ctx> {
  const { config, findings } = resolveEngineConfig(rules, input, presets);
  const errors = findings.filter((f) => f.severity === 'error');
  if (errors.length > 0) throw new ConfigError(errors);
  return config;
}
