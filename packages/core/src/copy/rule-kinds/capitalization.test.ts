/** Table tests for the capitalization rule kind, run directly on contexts (no packs), with exact ranges and fixes. */
import { describe, expect, it } from 'vitest';
import { runRuleOn } from '../../test-support/rule-table.js';
import { createCopyContext } from '../context.js';
import type { PlacementId } from '../placements.js';
import { copyCapitalizationRule } from './capitalization.js';

// A rule-kind rule needs no docs to run: only an id, a category and a severity.
const base = { id: 'copy/test/rule', category: 'brand-voice', severity: 'warning' } as const;
/** Runs one rule as the runner does (applies, severity, options), on a fresh context. */
const run = (rule: Parameters<typeof runRuleOn>[0], text: string, placement: PlacementId = 'generic') =>
  runRuleOn(rule, createCopyContext(text, { placement }));
const ranges = (findings: { range?: unknown }[]) => findings.map((f) => f.range);

describe('copyCapitalizationRule', () => {
  it('exact terms with fix', () => {
    const rule = copyCapitalizationRule({ ...base, terms: ['iPhone'] });
    expect(run(rule, 'For IPHONE and iPhone').map((f) => [f.range, f.fix])).toEqual([
      [[4, 10], { kind: 'replace', range: [4, 10], text: 'iPhone' }],
    ]);
  });
  it('all-caps runs need 3 words, 2 of them long', () => {
    const rule = copyCapitalizationRule({ ...base, noAllCaps: true });
    expect(ranges(run(rule, 'BIG SALE TODAY only'))).toEqual([[0, 14]]);
    expect(ranges(run(rule, 'USB LED HD lamp'))).toEqual([]);
  });
  it('allowLeadIn exempts only an opening run that ends in a colon', () => {
    const rule = copyCapitalizationRule({ ...base, noAllCaps: true, allowLeadIn: true });
    expect(ranges(run(rule, 'WATERPROOF SHELL MEMBRANE: keeps rain out'))).toEqual([]);
    expect(ranges(run(rule, '  BIG SALE TODAY : soon'))).toEqual([]);
    expect(ranges(run(rule, 'Note: BIG SALE TODAY only'))).toEqual([[6, 20]]);
    expect(ranges(run(rule, 'BIG SALE TODAY only'))).toEqual([[0, 14]]);
    const strict = copyCapitalizationRule({ ...base, noAllCaps: true });
    expect(ranges(run(strict, 'WATERPROOF SHELL MEMBRANE: keeps rain out'))).toEqual([[0, 25]]);
  });
});
