/** Table tests for the repetition rule kind, run directly on contexts (no packs), with exact ranges and fixes. */
import { describe, expect, it } from 'vitest';
import { copyRangesOf, copyTestRuleBase, runCopyRule } from '../test-helpers.js';
import { copyRepetitionRule } from './repetition.js';

const base = copyTestRuleBase;
const run = runCopyRule;
const ranges = copyRangesOf;

describe('copyRepetitionRule', () => {
  it('text scope flags each occurrence past max, folding plurals', () => {
    const rule = copyRepetitionRule({ ...base, scope: 'text', max: 2, ignore: ['for'] });
    expect(ranges(run(rule, 'boot boots for for for Boot'))).toEqual([[23, 27]]);
  });
  it('adjacent scope fixes "the the"', () => {
    const rule = copyRepetitionRule({ ...base, scope: 'adjacent' });
    expect(run(rule, 'the the lid').map((f) => f.fix)).toEqual([{ kind: 'replace', range: [3, 7], text: '' }]);
    expect(run(rule, 'very, very')).toEqual([]);
  });
});
