/** Runner: runs resolved rules over a context and builds a scored report; a throwing rule never sinks it. */
import { assertResolvedConfig, type ResolvedConfig, resolveEngineConfig } from './config.js';
import { invalidInputError } from './errors.js';
import { assertFindings, type Finding, sortValidFindings } from './finding.js';
import { countValidBySeverity, type Report } from './report.js';
import type { AnyRuntimeRule } from './rule.js';
import { checkScoreOptions, explainValidScore, type ScoreOptions, scoreOfPenalties } from './score.js';

export const INTERNAL_ERROR_RULE_ID = 'internal-error';

export interface RunOptions {
  /** Findings to include as they are (config problems, parse errors). */
  extraFindings?: readonly Finding[];
  score?: Omit<ScoreOptions, 'weights'>;
}

/**
 * Runs one rule and returns its findings with ids and severities filled in, or `null` when the rule
 * does not apply. A throw (in `applies` or `check`) becomes one `internal-error` finding.
 */
export function runRule<Ctx>(entry: ResolvedConfig<Ctx>['rules'][number], ctx: Ctx): Finding[] | null {
  const { rule } = entry;
  try {
    if (rule.applies && !rule.applies(ctx)) return null;
    const raw = rule.check(ctx, entry.options);
    const out: Finding[] = new Array(raw.length);
    for (let i = 0; i < raw.length; i++) {
      const f = raw[i] as Finding;
      out[i] = {
        ...f,
        ruleId: rule.id,
        category: rule.category,
        severity: entry.severityOverridden ? entry.severity : (f.severity ?? entry.severity),
      };
    }
    return out;
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return [
      {
        ruleId: INTERNAL_ERROR_RULE_ID,
        category: 'internal',
        severity: 'warning',
        target: rule.id,
        message: `Rule "${rule.id}" failed and was skipped (${detail}); the other rules still ran.`,
        evidence: { text: rule.id },
      },
    ];
  }
}

/** A compiled runner: resolve config once, then check many contexts fast. */
export type CompiledRunner<Ctx> = (ctx: Ctx, options?: RunOptions) => Report;

/** The run options as given (nullish means none), checked once per run: they come from the caller. */
function checkRunOptions(options: unknown): RunOptions {
  if (options === undefined || options === null) return {};
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw invalidInputError('engine', 'options', options, 'RunOptions ({ extraFindings?, score? })');
  }
  const { extraFindings, score } = options as RunOptions;
  if (extraFindings !== undefined) assertFindings(extraFindings, 'options.extraFindings');
  if (score !== undefined) checkScoreOptions(score, 'options.score');
  return options as RunOptions;
}

/** Compiles a config from `resolveEngineConfig`/`parseEngineConfig`; throws `engine/invalid-input` for anything else. */
export function compileRunner<Ctx>(config: ResolvedConfig<Ctx>): CompiledRunner<Ctx> {
  assertResolvedConfig(config);
  const scoreOptions = { weights: config.weights };
  return (ctx, options) => {
    const { extraFindings, score } = checkRunOptions(options);
    const findings: Finding[] = extraFindings ? [...extraFindings] : [];
    let rulesRun = 0;
    for (const entry of config.rules) {
      const found = runRule(entry, ctx);
      if (found === null) continue;
      rulesRun += 1;
      for (const f of found) findings.push(f);
    }
    const merged = { ...scoreOptions, ...score };
    // The findings and options are checked above (or built here), so the unchecked variants skip a second pass.
    const sorted = sortValidFindings(findings);
    const penalties = explainValidScore(sorted, merged);
    return {
      score: scoreOfPenalties(penalties),
      findings: sorted,
      counts: countValidBySeverity(sorted),
      penalties,
      rulesRun,
    };
  };
}

/** One-shot convenience: resolve `config` (findings included in the report) and run the rules. */
export function runRules<Ctx>(rules: readonly AnyRuntimeRule<Ctx>[], ctx: Ctx, config?: unknown): Report {
  const resolved = resolveEngineConfig(rules, config);
  return compileRunner(resolved.config)(ctx, { extraFindings: resolved.findings });
}
