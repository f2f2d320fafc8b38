/** checkBrief: judges any input as a creative brief and returns a scored report with a verdict. Never throws. */
import { invalidInputError } from '../engine/errors.js';
import type { Finding } from '../engine/finding.js';
import type { Report } from '../engine/report.js';
import { type CompiledRunner, compileRunner } from '../engine/runner.js';
import type { FunnelCatalog } from '../funnel/catalog.js';
import { resolveBriefConfig, resolveBriefOptions } from './config.js';
import { type BriefContext, buildBriefContext } from './context.js';

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
  /** Problems in options or config (`config/invalid`, each naming its key); never scored, never in `findings`. */
  configFindings: Finding[];
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

/**
 * Briefs lift the engine's per-rule cap (30) to 100: each missing required field is its own gap
 * (30 points with the rule's weight 2), so an empty brief scores 0 instead of 70.
 */
export const BRIEF_SCORE_OPTIONS = { maxPointsPerRule: 100 } as const;
let defaultCompiled: Compiled | undefined;
// Configs are usually module-level constants: compile each object once.
const compiledByConfig = new WeakMap<object, Compiled>();

function compile(config: unknown): Compiled {
  const { value, findings } = resolveBriefConfig(config);
  return { run: compileRunner(value), findings };
}

function compiledFor(config: unknown): Compiled {
  if (config === undefined) {
    defaultCompiled ??= compile(undefined);
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

const isNumber = (v: unknown): v is number => typeof v === 'number' && !Number.isNaN(v);

/**
 * The verdict for a report (exported so UIs can re-derive it after filtering findings). A null `readyScore` is the
 * default (95); a report, `missing` list or score of the wrong type throws `brief/invalid-input` naming it.
 */
export function briefVerdict(
  report: Pick<Report, 'score' | 'counts'>,
  missing: readonly string[],
  readyScore = 95,
): BriefVerdict {
  if (typeof report !== 'object' || report === null) {
    throw invalidInputError('brief', 'report', report, 'a report ({ score, counts }) from checkBrief');
  }
  const counts: unknown = report.counts;
  if (typeof counts !== 'object' || counts === null || !isNumber((counts as { error?: unknown }).error)) {
    throw invalidInputError('brief', 'report.counts', counts, 'severity counts ({ error, warning, info })');
  }
  if (!isNumber(report.score)) throw invalidInputError('brief', 'report.score', report.score, 'a number (0–100)');
  if (!Array.isArray(missing)) throw invalidInputError('brief', 'missing', missing, 'an array of field names');
  const ready = readyScore ?? 95;
  if (!isNumber(ready)) throw invalidInputError('brief', 'readyScore', ready, 'a number (0–100)');
  if (missing.length > 0) return 'incomplete';
  if (report.counts.error > 0) return 'blocked';
  return report.score >= ready ? 'ready' : 'needs-work';
}

/**
 * Judges any input as a brief. Never throws: bad input becomes findings, and bad options or config become
 * `configFindings` (never scored, never part of the verdict) while the rest of the options still apply.
 */
export function checkBrief(input: unknown, options: CheckBriefOptions = {}): BriefReport {
  const resolved = resolveBriefOptions(options);
  const { now, catalog, readyScore } = resolved.value;
  const ctx = buildBriefContext(input, { now, catalog });
  const compiled = compiledFor(resolved.value.config);
  // Config findings stay out of the run: they describe the caller's setup, not the brief, so they never cost points.
  const report = compiled.run(ctx, { score: BRIEF_SCORE_OPTIONS });
  const missing = ctx.missing;
  const complete = missing.length === 0 && report.counts.error === 0;
  return {
    ...report,
    complete,
    missing: [...missing],
    verdict: briefVerdict(report, missing, readyScore),
    configFindings: [...resolved.findings, ...compiled.findings],
  };
}
