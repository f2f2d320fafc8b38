/** checkBrief: judges any input as a creative brief and returns a scored report with a verdict. Never throws. */
import { type ResolvedConfig, resolveEngineConfig } from '../engine/config.js';
import type { Finding } from '../engine/finding.js';
import type { Report } from '../engine/report.js';
import { type CompiledRunner, compileRunner } from '../engine/runner.js';
import type { FunnelCatalog } from '../funnel/catalog.js';
import { type BriefContext, buildBriefContext } from './context.js';
import { briefPresets, briefRules } from './pack.js';

/**
 * - `incomplete`: a required field is missing (or the input is not a brief at all);
 * - `blocked`: every field is there but an error (a past deadline, an unsubstantiated health claim…) must be fixed;
 * - `needs-work`: no error, but the score is below `readyScore` (default 95: one minor warning at most);
 * - `ready`: complete, no error, score ≥ `readyScore`.
 */
export type BriefVerdict = 'ready' | 'needs-work' | 'blocked' | 'incomplete';

export type BriefReport = Report & {
  /** All required fields present and no error finding. */
  complete: boolean;
  /** Absent required fields; `primaryKeyword|keyMessage` when neither is given. */
  missing: string[];
  verdict: BriefVerdict;
};

export interface CheckBriefOptions {
  /** Engine config: `{ extends: 'strict', rules: { 'brief/generic-audience': 'off' } }`. Default `{ extends: 'recommended' }`. */
  config?: unknown;
  /** The date deadlines are judged against (default: the current time). */
  now?: Date;
  /** A catalog from `createFunnelCatalog(extension)`. */
  catalog?: FunnelCatalog;
  /** Score a complete, error-free brief needs for `ready`. Default 95. */
  readyScore?: number;
}

interface Compiled {
  run: CompiledRunner<BriefContext>;
  findings: Finding[];
}

const DEFAULT_CONFIG = { extends: 'recommended' };

/**
 * Briefs lift the engine's per-rule cap (30) to 100: each missing required field is its own gap
 * (30 points with the rule's weight 2), so an empty brief scores 0 instead of 70.
 */
export const BRIEF_SCORE_OPTIONS = { maxPointsPerRule: 100 } as const;
let defaultCompiled: Compiled | undefined;
// Configs are usually module-level constants: compile each object once.
const compiledByConfig = new WeakMap<object, Compiled>();

function compile(config: unknown): Compiled {
  const input =
    typeof config === 'object' && config !== null && !Array.isArray(config) && !('extends' in config)
      ? { extends: 'recommended', ...config }
      : config;
  const resolved = resolveEngineConfig(briefRules, input, briefPresets);
  return { run: compileRunner(resolved.config as ResolvedConfig<BriefContext>), findings: resolved.findings };
}

function compiledFor(config: unknown): Compiled {
  if (config === undefined) {
    defaultCompiled ??= compile(DEFAULT_CONFIG);
    return defaultCompiled;
  }
  if (typeof config !== 'object' || config === null) return compile(config);
  let hit = compiledByConfig.get(config);
  if (!hit) {
    hit = compile(config);
    compiledByConfig.set(config, hit);
  }
  return hit;
}

/** The verdict for a report (exported so UIs can re-derive it after filtering findings). */
export function briefVerdict(
  report: Pick<Report, 'score' | 'counts'>,
  missing: readonly string[],
  readyScore = 95,
): BriefVerdict {
  if (missing.length > 0) return 'incomplete';
  if (report.counts.error > 0) return 'blocked';
  return report.score >= readyScore ? 'ready' : 'needs-work';
}

export function checkBrief(input: unknown, options: CheckBriefOptions = {}): BriefReport {
  const ctx = buildBriefContext(input, {
    ...(options.now ? { now: options.now } : {}),
    ...(options.catalog ? { catalog: options.catalog } : {}),
  });
  const compiled = compiledFor(options.config);
  const report = compiled.run(
    ctx,
    compiled.findings.length > 0
      ? { extraFindings: compiled.findings, score: BRIEF_SCORE_OPTIONS }
      : { score: BRIEF_SCORE_OPTIONS },
  );
  const missing = ctx.missing;
  const complete = missing.length === 0 && report.counts.error === 0;
  return { ...report, complete, missing: [...missing], verdict: briefVerdict(report, missing, options.readyScore) };
}
