/** Score: the one documented function from findings to a 0–100 integer. */
import type { Finding, Severity } from './finding.js';

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

/**
 * Explains the score: the points each rule cost.
 * points(rule) = min(maxPointsPerRule, Σ severityPoints[f.severity] × weight[rule]) over the rule's findings.
 */
export function explainScore(findings: readonly Finding[], options: ScoreOptions = {}): ScorePenalty[] {
  const points = options.severityPoints ?? SEVERITY_POINTS;
  const cap = options.maxPointsPerRule ?? 30;
  const byRule = new Map<string, ScorePenalty>();
  for (const f of findings) {
    const weight = options.weights?.[f.ruleId] ?? 1;
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
  let lost = 0;
  for (const p of explainScore(findings, options)) lost += p.points;
  return Math.max(0, Math.min(100, Math.round(100 - lost)));
}

/** Band names a UI can colour: 90+ good, 70–89 fair, below 70 poor. */
export type ScoreBand = 'good' | 'fair' | 'poor';
export function scoreBand(
  score: number,
  thresholds: { good: number; fair: number } = { good: 90, fair: 70 },
): ScoreBand {
  if (score >= thresholds.good) return 'good';
  if (score >= thresholds.fair) return 'fair';
  return 'poor';
}
