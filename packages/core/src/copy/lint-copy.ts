/** lintCopy: the entry point. Validates options and config, tokenizes once, runs every pack and returns a CopyReport. */
import {
  type AnyRule,
  type CompiledRunner,
  categoryScores,
  compileRunner,
  type Finding,
  type Report,
  resolveEngineConfig,
} from '../engine/index.js';
import { COPY_CATEGORIES, type CopyCategory, type CopyConfig, copyPresets, parseCopyConfig } from './config.js';
import { type CopyContext, createCopyContext } from './context.js';
import { buildCopyCustomRule } from './custom-rules.js';
import type { CopyLengthMeasurement } from './measure.js';
import { copyRulePacks } from './packs/index.js';
import { copyLength } from './packs/length/index.js';
import { getPlacement, type PlacementId, placements } from './placements.js';

export interface LintCopyOptions {
  placement?: PlacementId;
  /** A CopyConfig; anything else is reported in `configFindings` and the rest still runs. */
  config?: CopyConfig | unknown;
  /** BCP 47 tag; readability formulas run for English only, and Sponsored Brands headlines are 35 in Japan. */
  locale?: string;
}

export interface CopyReport extends Report {
  placement: PlacementId;
  locale: string;
  length: CopyLengthMeasurement;
  /** Problems in options or config, each naming the key; never mixed into `findings`. */
  configFindings: Finding[];
  /** 100 minus the points lost per category. */
  categoryScores: Record<CopyCategory, number>;
  words: number;
  /** Rules that threw (engine `internal-error`), kept out of `findings` so every finding there has a copy category and a range. */
  internalErrors: Finding[];
}

/** Every built-in copy rule, in pack order. */
export const copyRules: readonly AnyRule<CopyContext>[] = copyRulePacks.flatMap((p) => p.rules);

/**
 * At most this many findings per rule per lint. An editor cannot show 20,000 underlines, and an
 * adversarial paste ("!" × 50,000) must not turn into a sort of 50,000 findings on each keystroke.
 */
export const COPY_MAX_FINDINGS_PER_RULE = 200;

function capped(rule: AnyRule<CopyContext>): AnyRule<CopyContext> {
  return {
    ...rule,
    check: (ctx, options) => {
      const found = rule.check(ctx, options);
      return found.length > COPY_MAX_FINDINGS_PER_RULE ? found.slice(0, COPY_MAX_FINDINGS_PER_RULE) : found;
    },
  };
}

const runnableRules = copyRules.map(capped);

interface Compiled {
  config: CopyConfig;
  findings: Finding[];
  run: CompiledRunner<CopyContext>;
}

function compile(input: unknown): Compiled {
  const parsed = parseCopyConfig(input);
  const custom = (parsed.config.customRules ?? []).map((spec) => capped(buildCopyCustomRule(spec)));
  const seen = new Set(copyRules.map((r) => r.id));
  const extraRules: AnyRule<CopyContext>[] = [];
  for (const rule of custom) {
    if (seen.has(rule.id)) {
      parsed.findings.push({
        ruleId: 'config/invalid',
        category: 'config',
        severity: 'error',
        field: 'customRules',
        message: `Custom rule id "${rule.id}" is used twice; the second one is ignored.`,
      });
      continue;
    }
    seen.add(rule.id);
    extraRules.push(rule);
  }
  const engineInput: Record<string, unknown> = {};
  if (parsed.config.extends !== undefined) engineInput.extends = parsed.config.extends;
  if (parsed.config.rules !== undefined) engineInput.rules = parsed.config.rules;
  const resolved = resolveEngineConfig([...runnableRules, ...extraRules], engineInput, copyPresets);
  return {
    config: parsed.config,
    findings: [...parsed.findings, ...resolved.findings],
    run: compileRunner(resolved.config),
  };
}

// Config objects are compiled once and reused while they live: the editor lints on every keystroke.
const compiledByConfig = new WeakMap<object, Compiled>();
let compiledDefault: Compiled | undefined;

function compiledFor(config: unknown): Compiled {
  if (config === undefined || config === null) {
    compiledDefault ??= compile(undefined);
    return compiledDefault;
  }
  if (typeof config !== 'object') return compile(config);
  let c = compiledByConfig.get(config);
  if (!c) {
    c = compile(config);
    compiledByConfig.set(config, c);
  }
  return c;
}

function optionFinding(field: string, message: string): Finding {
  return { ruleId: 'config/invalid', category: 'config', severity: 'error', field, message };
}

/**
 * Lints `text` for a placement. Never throws: a non-string text is linted as its string form, an
 * unknown placement falls back to `generic`, bad config keys are reported, and a failing rule
 * becomes one `internal-error` finding.
 */
export function lintCopy(text: string, options: LintCopyOptions = {}): CopyReport {
  try {
    return lintCopyUnsafe(text, options);
  } catch (error) {
    // Last line of defence: the engine already isolates rules, so this only guards setup code.
    const message = error instanceof Error ? error.message : String(error);
    return {
      score: 100,
      findings: [],
      counts: { error: 0, warning: 0, info: 0 },
      penalties: [],
      rulesRun: 0,
      placement: 'generic',
      locale: 'en',
      length: { unit: 'chars', value: typeof text === 'string' ? text.length : 0 },
      configFindings: [],
      categoryScores: Object.fromEntries(COPY_CATEGORIES.map((c) => [c, 100])) as Record<CopyCategory, number>,
      words: 0,
      internalErrors: [
        { ruleId: 'internal-error', category: 'internal', severity: 'warning', message: `lintCopy failed: ${message}` },
      ],
    };
  }
}

function lintCopyUnsafe(text: string, options: LintCopyOptions): CopyReport {
  const configFindings: Finding[] = [];
  const safeText = typeof text === 'string' ? text : text === undefined || text === null ? '' : String(text);
  const opts = (options && typeof options === 'object' ? options : {}) as LintCopyOptions;
  let placement = placements.generic;
  if (opts.placement !== undefined) {
    const p = getPlacement(opts.placement);
    if (p) placement = p;
    else
      configFindings.push(
        optionFinding('placement', `Unknown placement "${String(opts.placement)}"; linted as "generic".`),
      );
  }
  let locale = 'en';
  if (opts.locale !== undefined) {
    if (typeof opts.locale === 'string' && opts.locale.length > 0 && opts.locale.length <= 35) locale = opts.locale;
    else configFindings.push(optionFinding('locale', `Locale must be a BCP 47 string such as "en-US"; using "en".`));
  }
  const compiled = compiledFor(opts.config);
  configFindings.push(...compiled.findings);
  const ctx = createCopyContext(safeText, { placement, locale, config: compiled.config });
  const raw = compiled.run(ctx);
  const internalErrors = raw.findings.filter((f) => f.range === undefined);
  const report =
    internalErrors.length === 0 ? raw : { ...raw, findings: raw.findings.filter((f) => f.range !== undefined) };
  return {
    ...report,
    internalErrors,
    placement: placement.id,
    locale,
    length: copyLength(ctx),
    configFindings,
    categoryScores: categoryScores(report.penalties, report.findings, COPY_CATEGORIES) as Record<CopyCategory, number>,
    words: ctx.tokens.length,
  };
}
