/** Tests for the formatting pack through lintCopy: applying its safe fixes gives clean text. */
import { describe, expect, it } from 'vitest';
import { applyFixes } from '../../apply-fixes.js';
import { lintCopy } from '../../lint-copy.js';

describe('copy/formatting through lintCopy', () => {
  it.each([
    ['Soft  cotton   tee', 'Soft cotton tee'],
    ['  Fits the the lid!! ', 'Fits the lid!'],
    ['Wow.... ok,, fine', 'Wow... ok, fine'],
  ])('fixes %j → %j', (text, fixed) => {
    expect(applyFixes(text, lintCopy(text).findings)).toBe(fixed);
  });
});
