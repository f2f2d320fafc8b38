// Tests for the shared rule table harness: options reach the rule, pinning drops unpinned fields, bad options fail loudly.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineRuntimeRule } from '../engine/rule.js';
import { pinFindings, ruleTable, runRuleOn } from './rule-table.js';

const tooLong = defineRuntimeRule<string, { max: number }>({
  id: 'test/too-long',
  category: 'test',
  severity: 'warning',
  optionsSchema: z.object({ max: z.number().int().positive() }),
  defaultOptions: { max: 3 },
  applies: (text) => text !== 'skip',
  check: (text, { max }) =>
    text.length > max ? [{ field: 'text', range: [max, text.length], message: 'too long' }] : [],
});

describe('runRuleOn', () => {
  it('runs with default and given options and honours applies', () => {
    expect(runRuleOn(tooLong, 'abcd').map((f) => f.range)).toEqual([[3, 4]]);
    expect(runRuleOn(tooLong, 'abcd', { max: 4 })).toEqual([]);
    expect(runRuleOn(tooLong, 'skip')).toEqual([]);
  });
  it('fills in id, category and severity as the runner does', () => {
    expect(runRuleOn(tooLong, 'abcd')[0]).toMatchObject({
      ruleId: 'test/too-long',
      category: 'test',
      severity: 'warning',
    });
  });
  it('throws on options the rule rejects', () => {
    expect(() => runRuleOn(tooLong, 'abcd', { max: -1 })).toThrow(/bad test options/);
  });
});

describe('pinFindings', () => {
  it('keeps only the pinned fields that are present', () => {
    const findings = runRuleOn(tooLong, 'abcde');
    expect(pinFindings(findings, ['severity', 'range', 'fix'])).toEqual([{ severity: 'warning', range: [3, 5] }]);
  });
});

ruleTable(tooLong, {
  context: (text: string) => text,
  pass: [
    ['short', 'abc'],
    ['longer limit', 'abcdef', { max: 6 }],
  ],
  fail: [['one over', 'abcd', [{ severity: 'warning', field: 'text', range: [3, 4] }]]],
});
