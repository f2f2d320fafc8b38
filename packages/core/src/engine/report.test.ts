// Tests for countBySeverity and categoryScores: counts and per-category scores, and typed errors for bad input.
import { describe, expect, it } from 'vitest';
import type { Finding } from './finding.js';
import { invalidInputTable } from './invalid-input-table.js';
import { categoryScores, countBySeverity } from './report.js';

const f = (ruleId: string, category: string, severity: Finding['severity']): Finding => ({
  ruleId,
  category,
  severity,
  message: 'm',
});

describe('countBySeverity', () => {
  it('counts each severity', () => {
    expect(countBySeverity([f('a', 'x', 'error'), f('b', 'x', 'info'), f('c', 'x', 'info')])).toEqual({
      error: 1,
      warning: 0,
      info: 2,
    });
  });

  invalidInputTable('engine', [
    ['no argument', () => (countBySeverity as () => unknown)(), 'findings'],
    ['a null entry', () => countBySeverity([null] as never), 'findings.0'],
    ['an unknown severity', () => countBySeverity([f('a', 'x', 'fatal' as never)]), 'findings.0.severity'],
  ]);
});

describe('categoryScores', () => {
  it('takes each category down by the points its rules cost', () => {
    const findings = [f('a', 'x', 'error'), f('b', 'y', 'warning')];
    const penalties = [
      { ruleId: 'a', findings: 1, points: 15 },
      { ruleId: 'b', findings: 1, points: 5 },
    ];
    expect(categoryScores(penalties, findings, ['x', 'y', 'z'])).toEqual({ x: 85, y: 95, z: 100 });
  });

  const hostile = Object.create(null);
  invalidInputTable('engine', [
    ['no argument', () => (categoryScores as () => unknown)(), 'penalties'],
    ['a penalty without points', () => categoryScores([{ ruleId: 'a' } as never], [], []), 'penalties.0'],
    // biome-ignore lint/suspicious/noSparseArray: the hole is the bad input
    ['a hole in the findings', () => categoryScores([], [, f('a', 'x', 'info')] as never, []), 'findings.0'],
    [
      'a null-prototype category',
      () => categoryScores([], [{ ...f('a', 'x', 'info'), category: hostile }], []),
      'findings.0.category',
    ],
    ['categories as a string', () => categoryScores([], [], '"undefined"' as never), 'categories'],
    ['a non-string category name', () => categoryScores([], [], ['x', [hostile]] as never), 'categories.1'],
  ]);
});
