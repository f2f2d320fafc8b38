/** Table tests for the existence rule kind, run directly on contexts (no packs), with exact ranges and fixes. */
import { describe, expect, it } from 'vitest';
import { runRuleOn } from '../../test-support/rule-table.js';
import { createCopyContext } from '../context.js';
import type { PlacementId } from '../placements.js';
import { copyExistenceRule } from './existence.js';

// A rule-kind rule needs no docs to run: only an id, a category and a severity.
const base = { id: 'copy/test/rule', category: 'brand-voice', severity: 'warning' } as const;
/** Runs one rule as the runner does (applies, severity, options), on a fresh context. */
const run = (rule: Parameters<typeof runRuleOn>[0], text: string, placement: PlacementId = 'generic') =>
  runRuleOn(rule, createCopyContext(text, { placement }));
const ranges = (findings: { range?: unknown }[]) => findings.map((f) => f.range);

describe('copyExistenceRule', () => {
  const rule = copyExistenceRule({
    ...base,
    tokens: ['cheap', { phrase: 'utilize', replace: 'use' }, { phrase: 'hack', suggest: 'tip' }],
    exceptions: ['cheap seats'],
    caseSensitiveExceptions: ['Cheap Trick'],
    message: 'No "{match}".',
  });
  it.each([
    [
      'cheap and CHEAP',
      [
        [0, 5],
        [10, 15],
      ],
    ],
    ['cheapest', []],
    ['Cheaps', [[0, 6]]],
    ['the cheap seats', []],
    ['Cheap Trick live', []],
  ] as const)('%j', (text, expected) => expect(ranges(run(rule, text))).toEqual(expected));
  it('messages and fixes', () => {
    const [f] = run(rule, 'Utilize it');
    expect(f).toMatchObject({ message: 'No "Utilize".', fix: { kind: 'replace', range: [0, 7], text: 'Use' } });
    expect(run(rule, 'a hack')[0]?.fix).toEqual({ kind: 'suggest', text: 'tip' });
  });
  it('placement filter', () => {
    const only = copyExistenceRule({ ...base, tokens: ['x1'], message: 'm', placements: ['amazon.title'] });
    expect(run(only, 'x1')).toEqual([]);
    expect(ranges(run(only, 'x1', 'amazon.title'))).toEqual([[0, 2]]);
  });
});
