// Tests for sortFindings: the documented order, and the typed error for anything that is not an array of findings.
import { describe, expect, it } from 'vitest';
import type { Finding } from './finding.js';
import { sortFindings } from './finding.js';
import { invalidInputTable } from './invalid-input-table.js';

const f = (over: Partial<Finding>): Finding => ({
  ruleId: 'r',
  category: 'c',
  severity: 'info',
  message: 'm',
  ...over,
});

describe('sortFindings', () => {
  it('orders by severity, then position, then field, then rule id, without mutating the input', () => {
    const input = [
      f({ ruleId: 'b', severity: 'warning', field: 'x' }),
      f({ ruleId: 'a', severity: 'warning', field: 'x' }),
      f({ ruleId: 'z', severity: 'error', range: [5, 6] }),
      f({ ruleId: 'y', severity: 'error', range: [1, 2] }),
      f({ ruleId: 'c', severity: 'info' }),
    ];
    const copy = [...input];
    expect(sortFindings(input).map((x) => x.ruleId)).toEqual(['y', 'z', 'a', 'b', 'c']);
    expect(input).toEqual(copy);
  });

  describe('bad input', () => {
    invalidInputTable('engine', [
      ['no argument', () => (sortFindings as () => unknown)(), 'findings'],
      ['a string', () => sortFindings('abc' as never), 'findings'],
      ['a Set', () => sortFindings(new Set([f({})]) as never), 'findings'],
      ['a null entry', () => sortFindings([null, f({})] as never), 'findings.0'],
      // biome-ignore lint/suspicious/noSparseArray: the hole is the bad input
      ['a hole', () => sortFindings([f({}), , f({})] as never), 'findings.1'],
      ['a boxed boolean', () => sortFindings([f({}), new Boolean(false)] as never), 'findings.1.ruleId'],
      ['an unknown severity', () => sortFindings([f({ severity: 'loud' as never })]), 'findings.0.severity'],
      ['a prototype severity', () => sortFindings([f({ severity: 'constructor' as never })]), 'findings.0.severity'],
      ['a null-prototype field', () => sortFindings([f({ field: Object.create(null) })]), 'findings.0.field'],
      ['a range that is not a pair', () => sortFindings([f({ range: 'ab' as never })]), 'findings.0.range'],
    ]);
  });
});
