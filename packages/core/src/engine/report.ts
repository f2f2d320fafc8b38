/** Report: the score, the findings and their counts, as every checker returns them. */
import type { Finding, Severity } from './finding.js';
import type { ScorePenalty } from './score.js';

export interface Report<F extends Finding = Finding> {
  /** Integer 0–100 from `scoreFindings`. */
  score: number;
  /** Sorted by severity, then position. */
  findings: F[];
  counts: Record<Severity, number>;
  /** Points lost per rule, so every point of the score is explained. */
  penalties: ScorePenalty[];
  /** Rules that ran (applied and enabled). */
  rulesRun: number;
}

export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of findings) counts[f.severity] += 1;
  return counts;
}

/** Sub-scores per category: 100 minus the points lost to that category's rules. */
export function categoryScores(
  penalties: readonly ScorePenalty[],
  findings: readonly Finding[],
  categories: readonly string[],
): Record<string, number> {
  const categoryOf = new Map<string, string>();
  for (const f of findings) categoryOf.set(f.ruleId, f.category);
  const out: Record<string, number> = {};
  for (const c of categories) out[c] = 100;
  for (const p of penalties) {
    const c = categoryOf.get(p.ruleId);
    if (c !== undefined) out[c] = Math.max(0, Math.round((out[c] ?? 100) - p.points));
  }
  return out;
}
