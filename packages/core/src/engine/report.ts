/** Report: the score, the findings and their counts, as every checker returns them. */
import { invalidInputError } from './errors.js';
import { assertFindings, type Finding, type Severity } from './finding.js';
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
  assertFindings(findings);
  return countValidBySeverity(findings);
}

/** `countBySeverity` without the input check, for findings the engine built itself (the runner's hot path). */
export function countValidBySeverity(findings: readonly Finding[]): Record<Severity, number> {
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
  if (!Array.isArray(penalties)) throw invalidInputError('engine', 'penalties', penalties, 'an array of ScorePenalty');
  for (const [i, p] of penalties.entries()) {
    if (typeof p !== 'object' || p === null || typeof p.ruleId !== 'string' || typeof p.points !== 'number') {
      throw invalidInputError('engine', `penalties.${i}`, p, 'a ScorePenalty ({ ruleId, points }) from explainScore');
    }
  }
  assertFindings(findings, 'findings', { needsCategory: true });
  if (!Array.isArray(categories)) throw invalidInputError('engine', 'categories', categories, 'an array of strings');
  for (let i = 0; i < categories.length; i++) {
    if (typeof categories[i] !== 'string') {
      throw invalidInputError('engine', `categories.${i}`, categories[i], 'a category name (string)');
    }
  }
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
