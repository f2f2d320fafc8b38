/** Table tests for the readability rule kind, run directly on contexts (no packs), with exact ranges and fixes. */
import { describe, expect, it } from 'vitest';
import { copyRangesOf, copyTestRuleBase, runCopyRule } from '../test-helpers.js';
import { copyReadabilityRule } from './readability.js';

const base = copyTestRuleBase;
const run = runCopyRule;
const ranges = copyRangesOf;

describe('copyReadabilityRule', () => {
  it('sentence length', () => {
    const rule = copyReadabilityRule({ ...base, metric: 'sentence-length', max: 3 });
    expect(ranges(run(rule, 'One two. One two three four. Ok'))).toEqual([[9, 28]]);
  });
});
