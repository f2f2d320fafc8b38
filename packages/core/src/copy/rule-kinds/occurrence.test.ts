/** Table tests for the occurrence rule kind, run directly on contexts (no packs), with exact ranges and fixes. */
import { describe, expect, it } from 'vitest';
import { copyRangesOf, copyTestRuleBase, runCopyRule } from '../test-helpers.js';
import { copyOccurrenceRule } from './occurrence.js';

const base = copyTestRuleBase;
const run = runCopyRule;
const ranges = copyRangesOf;

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
