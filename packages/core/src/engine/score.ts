/** Score: the one documented function from findings to a 0–100 integer. */
import { invalidInputError } from './errors.js';
import { assertFindings, type Finding, type Severity } from './finding.js';

/** Points one finding costs before its rule weight: an error costs 15, a warning 5, info 1. */
export const SEVERITY_POINTS: Record<Severity, number> = { error: 15, warning: 5, info: 1 };

export interface ScoreOptions {
  /** Multiplier per rule id (defaults to 1). */
  weights?: Readonly<Record<string, number>>;
  severityPoints?: Readonly<Record<Severity, number>>;
  /** At most this many points are lost to one rule, so one noisy rule cannot zero a report. Default 30. */
  maxPointsPerRule?: number;
}

export interface ScorePenalty {
  ruleId: string;
  findings: number;
  points: number;
}

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

const isNumber = (v: unknown): v is number => typeof v === 'number' && !Number.isNaN(v);

/** Checks `options` at a public entry: nullish means the defaults, anything else must have the documented shape. */
export function checkScoreOptions(options: unknown, param = 'options'): ScoreOptions {
  if (options === undefined || options === null) return {};
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw invalidInputError(
      'engine',
      param,
      options,
      'ScoreOptions ({ weights?, severityPoints?, maxPointsPerRule? })',
    );
  }
  const o = options as Record<string, unknown>;
  if (o.weights != null) {
    if (typeof o.weights !== 'object' || Array.isArray(o.weights)) {
      throw invalidInputError('engine', `${param}.weights`, o.weights, 'an object of rule id → number');
    }
    for (const [id, w] of Object.entries(o.weights)) {
      if (!isNumber(w)) throw invalidInputError('engine', `${param}.weights.${id}`, w, 'a number');
    }
  }
  if (o.severityPoints != null) {
    if (typeof o.severityPoints !== 'object') {
      throw invalidInputError('engine', `${param}.severityPoints`, o.severityPoints, 'an object of severity → points');
    }
    const points = o.severityPoints as Record<string, unknown>;
    for (const s of SEVERITIES) {
      if (!isNumber(points[s]))
        throw invalidInputError('engine', `${param}.severityPoints.${s}`, points[s], 'a number');
    }
  }
  if (o.maxPointsPerRule != null && !isNumber(o.maxPointsPerRule)) {
    throw invalidInputError('engine', `${param}.maxPointsPerRule`, o.maxPointsPerRule, 'a number');
  }
  return o as ScoreOptions;
}

/**
 * Explains the score: the points each rule cost.
 * points(rule) = min(maxPointsPerRule, Σ severityPoints[f.severity] × weight[rule]) over the rule's findings.
 */
export function explainScore(findings: readonly Finding[], options: ScoreOptions = {}): ScorePenalty[] {
  assertFindings(findings);
  return explainValidScore(findings, checkScoreOptions(options));
}

/** `explainScore` without the input checks, for findings and options the engine built itself (the runner). */
export function explainValidScore(findings: readonly Finding[], options: ScoreOptions = {}): ScorePenalty[] {
  const points = options.severityPoints ?? SEVERITY_POINTS;
  const cap = options.maxPointsPerRule ?? 30;
  const weights = options.weights;
  const byRule = new Map<string, ScorePenalty>();
  for (const f of findings) {
    // Own keys only: a rule id such as "constructor" must not read Object.prototype.
    const weight = weights && Object.hasOwn(weights, f.ruleId) ? (weights[f.ruleId] ?? 1) : 1;
    const entry = byRule.get(f.ruleId) ?? { ruleId: f.ruleId, findings: 0, points: 0 };
    entry.findings += 1;
    entry.points += points[f.severity] * weight;
    byRule.set(f.ruleId, entry);
  }
  const out = [...byRule.values()];
  for (const e of out) e.points = Math.min(cap, e.points);
  return out.sort((a, b) => b.points - a.points || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0));
}

/** score = clamp(round(100 − Σ points(rule)), 0, 100). Deterministic: depends only on findings and weights. */
export function scoreFindings(findings: readonly Finding[], options: ScoreOptions = {}): number {
  assertFindings(findings);
  return scoreOfPenalties(explainValidScore(findings, checkScoreOptions(options)));
}

/** The score the penalties from `explainScore` leave (the runner computes them once for both). */
export function scoreOfPenalties(penalties: readonly ScorePenalty[]): number {
  let lost = 0;
  for (const p of penalties) lost += p.points;
  return Math.max(0, Math.min(100, Math.round(100 - lost)));
}

const DEFAULT_BANDS = { good: 90, fair: 70 } as const;

/** Band names a UI can colour: 90+ good, 70–89 fair, below 70 poor. */
export type ScoreBand = 'good' | 'fair' | 'poor';
export function scoreBand(score: number, thresholds: { good: number; fair: number } = DEFAULT_BANDS): ScoreBand {
  if (!isNumber(score)) throw invalidInputError('engine', 'score', score, 'a number (0–100)');
  // Null thresholds (an untyped caller, a stored setting) mean the defaults, like an absent argument.
  const t = thresholds ?? DEFAULT_BANDS;
  if (typeof t !== 'object') {
    throw invalidInputError('engine', 'thresholds', t, 'an object { good, fair } of numbers');
  }
  if (!isNumber(t.good)) throw invalidInputError('engine', 'thresholds.good', t.good, 'a number');
  if (!isNumber(t.fair)) throw invalidInputError('engine', 'thresholds.fair', t.fair, 'a number');
  if (score >= t.good) return 'good';
  if (score >= t.fair) return 'fair';
  return 'poor';
}
