/** Table tests for the occurrence rule kind, run directly on contexts (no packs), with exact ranges and fixes. */
import { describe, expect, it } from 'vitest';
import { runRuleOn } from '../../test-support/rule-table.js';
import { createCopyContext } from '../context.js';
import type { PlacementId } from '../placements.js';
import { copyOccurrenceRule } from './occurrence.js';

// A rule-kind rule needs no docs to run: only an id, a category and a severity.
const base = { id: 'copy/test/rule', category: 'brand-voice', severity: 'warning' } as const;
/** Runs one rule as the runner does (applies, severity, options), on a fresh context. */
const run = (rule: Parameters<typeof runRuleOn>[0], text: string, placement: PlacementId = 'generic') =>
  runRuleOn(rule, createCopyContext(text, { placement }));
const ranges = (findings: { range?: unknown }[]) => findings.map((f) => f.range);

describe('copyOccurrenceRule', () => {
  it('max words: range from the first extra word', () => {
    const rule = copyOccurrenceRule({ ...base, count: 'words', max: 2 });
    expect(ranges(run(rule, 'one two three four'))).toEqual([[8, 18]]);
  });
  it('min sentences', () => {
    const rule = copyOccurrenceRule({ ...base, count: 'sentences', min: 2 });
    expect(ranges(run(rule, 'Only one.'))).toEqual([[0, 9]]);
  });
  it('listed tokens', () => {
    const rule = copyOccurrenceRule({ ...base, tokens: ['now'], max: 1 });
    expect(ranges(run(rule, 'now, now, now'))).toEqual([[5, 13]]);
  });
  it('characters', () => {
    const rule = copyOccurrenceRule({ ...base, count: 'characters', max: 3 });
    expect(ranges(run(rule, 'abcd'))).toEqual([[3, 4]]);
  });
});
