/** Runner: runs resolved rules over a context and builds a scored report; a throwing rule never sinks it. */
import { type ResolvedConfig, resolveEngineConfig } from './config.js';
import { type Finding, sortFindings } from './finding.js';
import { countBySeverity, type Report } from './report.js';
import type { AnyRuntimeRule } from './rule.js';
import { explainScore, type ScoreOptions, scoreFindings } from './score.js';

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

export function compileRunner<Ctx>(config: ResolvedConfig<Ctx>): CompiledRunner<Ctx> {
  const scoreOptions = { weights: config.weights };
  return (ctx, options = {}) => {
    const findings: Finding[] = options.extraFindings ? [...options.extraFindings] : [];
    let rulesRun = 0;
    for (const entry of config.rules) {
      const found = runRule(entry, ctx);
      if (found === null) continue;
      rulesRun += 1;
      for (const f of found) findings.push(f);
    }
    const merged = { ...scoreOptions, ...options.score };
    const sorted = sortFindings(findings);
    return {
      score: scoreFindings(sorted, merged),
      findings: sorted,
      counts: countBySeverity(sorted),
      penalties: explainScore(sorted, merged),
      rulesRun,
    };
  };
}

/** One-shot convenience: resolve `config` (findings included in the report) and run the rules. */
export function runRules<Ctx>(rules: readonly AnyRuntimeRule<Ctx>[], ctx: Ctx, config?: unknown): Report {
  const resolved = resolveEngineConfig(rules, config);
  return compileRunner(resolved.config)(ctx, { extraFindings: resolved.findings });
}
