/** Table tests for the readability rule kind, run directly on contexts (no packs), with exact ranges and fixes. */
import { describe, expect, it } from 'vitest';
import { runRuleOn } from '../../test-support/rule-table.js';
import { createCopyContext } from '../context.js';
import type { PlacementId } from '../placements.js';
import { computeCopyFleschReadingEase, copyReadabilityRule, countCopySyllables } from './readability.js';

// A rule-kind rule needs no docs to run: only an id, a category and a severity.
const base = { id: 'copy/test/rule', category: 'brand-voice', severity: 'warning' } as const;
/** Runs one rule as the runner does (applies, severity, options), on a fresh context. */
const run = (rule: Parameters<typeof runRuleOn>[0], text: string, placement: PlacementId = 'generic') =>
  runRuleOn(rule, createCopyContext(text, { placement }));
const ranges = (findings: { range?: unknown }[]) => findings.map((f) => f.range);

describe('copyReadabilityRule', () => {
  it('sentence length', () => {
    const rule = copyReadabilityRule({ ...base, metric: 'sentence-length', max: 3 });
    expect(ranges(run(rule, 'One two. One two three four. Ok'))).toEqual([[9, 28]]);
  });
});

describe('countCopySyllables', () => {
  it.each([
    ['cat', 1],
    ['water', 2],
    ['bottle', 2],
    ['make', 1],
    ['insulated', 4],
  ])('%s has %i', (word, n) => expect(countCopySyllables(word)).toBe(n));
});

describe('computeCopyFleschReadingEase', () => {
  it('applies 206.835 − 1.015 × words/sentence − 84.6 × syllables/word', () => {
    expect(computeCopyFleschReadingEase(100, 10, 130)).toBeCloseTo(86.705, 3);
  });
});
