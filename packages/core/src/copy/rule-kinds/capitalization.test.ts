/** Table tests for the capitalization rule kind, run directly on contexts (no packs), with exact ranges and fixes. */
import { describe, expect, it } from 'vitest';
import { copyRangesOf, copyTestRuleBase, runCopyRule } from '../test-helpers.js';
import { copyCapitalizationRule } from './capitalization.js';

const base = copyTestRuleBase;
const run = runCopyRule;
const ranges = copyRangesOf;

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
