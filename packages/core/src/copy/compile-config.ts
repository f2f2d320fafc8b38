/** The copy config verbs: `resolveCopyConfig` (never throws) and `parseCopyConfig` (strict), and the compiled runner. */
import {
  type AnyRuntimeRule,
  type CompiledRunner,
  ConfigError,
  compileRunner,
  type Finding,
  type RuleFinding,
  resolveEngineConfig,
} from '../engine/index.js';
import { type CopyConfig, copyPresets, resolveCopyConfigKeys } from './config.js';
import type { CopyContext } from './context.js';
import { buildCopyCustomRule } from './custom-rules.js';
import { copyRuntimeRules } from './packs/runtime.js';
import { COPY_FINDINGS_CAP } from './rule-kinds/common.js';

/**
 * At most this many findings per rule per lint. An editor cannot show 20,000 underlines, and an
 * adversarial paste ("!" × 50,000) must not turn into a sort of 50,000 findings on each keystroke.
 */
export const COPY_MAX_FINDINGS_PER_RULE = 200;

/**
 * Keeps the first `max - 1` findings and folds the rest into one last finding that spans them and says how many,
 * so an editor still has a range to underline and nothing is dropped without a word.
 */
export function capCopyRuleFindings(found: RuleFinding[], max = COPY_MAX_FINDINGS_PER_RULE): RuleFinding[] {
  if (found.length <= max) return found;
  const kept = found.slice(0, max - 1);
  const rest = found.slice(max - 1);
  const first = rest[0] as RuleFinding;
  const last = rest[rest.length - 1] as RuleFinding;
  const summary: RuleFinding = {
    message: `…and ${found.length >= COPY_FINDINGS_CAP ? 'at least ' : ''}${rest.length.toLocaleString('en-US')} more like this from here on (only the first ${max - 1} are listed one by one).`,
    evidence: { value: rest.length, limit: max - 1, unit: 'more findings' },
  };
  if (first.severity) summary.severity = first.severity;
  if (first.field !== undefined) summary.field = first.field;
  if (first.range && last.range) summary.range = [first.range[0], Math.max(first.range[1], last.range[1])];
  kept.push(summary);
  return kept;
}

function capped(rule: AnyRuntimeRule<CopyContext>): AnyRuntimeRule<CopyContext> {
  return { ...rule, check: (ctx, options) => capCopyRuleFindings(rule.check(ctx, options)) };
}

const runnableRules = copyRuntimeRules.map(capped);

/** A config read once: the valid parts, every problem (each naming its key), and the runner for it. */
export interface CompiledCopyConfig {
  config: CopyConfig;
  findings: Finding[];
  run: CompiledRunner<CopyContext>;
}

function compile(input: unknown): CompiledCopyConfig {
  const parsed = resolveCopyConfigKeys(input);
  const findings = [...parsed.findings];
  const custom = (parsed.config.customRules ?? []).map((spec) => capped(buildCopyCustomRule(spec)));
  const seen = new Set(copyRuntimeRules.map((r) => r.id));
  const extraRules: AnyRuntimeRule<CopyContext>[] = [];
  const keptSpecs: NonNullable<CopyConfig['customRules']> = [];
  custom.forEach((rule, i) => {
    if (seen.has(rule.id)) {
      findings.push({
        ruleId: 'config/invalid',
        category: 'config',
        severity: 'error',
        field: `customRules.${i}.id`,
        message: `Custom rule id "${rule.id}" is used twice; the second one is ignored.`,
      });
      return;
    }
    seen.add(rule.id);
    extraRules.push(rule);
    keptSpecs.push(parsed.config.customRules?.[i] as NonNullable<CopyConfig['customRules']>[number]);
  });
  if (parsed.config.customRules !== undefined) parsed.config.customRules = keptSpecs;
  const engineInput: Record<string, unknown> = {};
  if (parsed.config.extends !== undefined) engineInput.extends = parsed.config.extends;
  if (parsed.config.rules !== undefined) engineInput.rules = parsed.config.rules;
  const resolved = resolveEngineConfig([...runnableRules, ...extraRules], engineInput, copyPresets);
  findings.push(...resolved.findings);
  return { config: withoutBadSettings(parsed.config, findings), findings, run: compileRunner(resolved.config) };
}

/**
 * The config without the rule settings and presets the engine refused or ignored, so `value` holds only what
 * applies and resolving it again finds nothing. Info findings (a renamed rule id) keep their setting.
 */
function withoutBadSettings(config: CopyConfig, findings: readonly Finding[]): CopyConfig {
  const bad = findings.filter((f) => f.severity !== 'info' && f.field !== undefined).map((f) => f.field as string);
  if (bad.length === 0) return config;
  const out: CopyConfig = { ...config };
  if (out.rules && typeof out.rules === 'object') {
    const rules: Record<string, unknown> = {};
    for (const [id, setting] of Object.entries(out.rules)) {
      const key = `rules.${id}`;
      if (!bad.some((field) => field === key || field.startsWith(`${key}.`))) rules[id] = setting;
    }
    out.rules = rules as CopyConfig['rules'];
  }
  if (bad.some((field) => field === 'extends' || field.startsWith('extends.'))) delete out.extends;
  if (bad.some((field) => field === 'rules' || field === '(root)')) delete out.rules;
  return out;
}

// Config objects are compiled once and reused while they live: the editor lints on every keystroke.
const compiledByConfig = new WeakMap<object, CompiledCopyConfig>();
let compiledDefault: CompiledCopyConfig | undefined;

/** The compiled config for `input`, cached per object (the default config once). */
export function compiledCopyConfig(input: unknown): CompiledCopyConfig {
  if (input === undefined || input === null) {
    compiledDefault ??= compile(undefined);
    return compiledDefault;
  }
  if (typeof input !== 'object') return compile(input);
  let hit = compiledByConfig.get(input);
  if (!hit) {
    hit = compile(input);
    compiledByConfig.set(input, hit);
  }
  return hit;
}

/** The result of `resolveCopyConfig`: the settings that apply and the problems found. */
export interface ResolvedCopyConfig {
  value: CopyConfig;
  /** `config/invalid` findings whose `field` names the bad path (`brand.name`, `rules.copy/x.options.max`). */
  findings: Finding[];
}

/**
 * The lenient reading, what `lintCopy` does: never throws. A bad key, custom rule, rule setting or preset
 * becomes a `config/invalid` finding naming its path, and only that setting is dropped; the rest applies.
 * Unknown rule ids are warnings.
 */
export function resolveCopyConfig(input: unknown): ResolvedCopyConfig {
  const { config, findings } = compiledCopyConfig(input);
  return { value: config, findings: [...findings] };
}

/**
 * The strict reading, for CLIs and gates: the config, or a `ConfigError` (a `RevloopError` with code
 * `config/invalid`) whose findings name every bad path. Warnings (an unknown rule id) do not throw.
 */
export function parseCopyConfig(input: unknown): CopyConfig {
  const { config, findings } = compiledCopyConfig(input);
  const errors = findings.filter((f) => f.severity === 'error');
  if (errors.length > 0) throw new ConfigError(errors);
  return config;
}
