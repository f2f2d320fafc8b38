/** Table tests for the required rule kind, run directly on contexts (no packs), with exact ranges and fixes. */
import { describe, expect, it } from 'vitest';
import { copyRangesOf, copyTestRuleBase, runCopyRule } from '../test-helpers.js';
import { copyRequiredRule } from './required.js';

const base = copyTestRuleBase;
const run = runCopyRule;
const ranges = copyRangesOf;

describe('copyRequiredRule', () => {
  const rule = copyRequiredRule({ ...base, anyOf: ['Terms apply', 'See terms'] });
  it.each([
    ['Save 20%. Terms apply.', []],
    ['Save 20%. see   TERMS', []],
    ['Save 20%.', [[9, 9]]],
  ] as const)('%j', (text, expected) => expect(ranges(run(rule, text))).toEqual(expected));
});
