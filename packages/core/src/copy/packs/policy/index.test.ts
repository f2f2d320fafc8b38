/** Tests for the policy pack through lintCopy: title-character deletions leave no doubled space. */
import { describe, expect, it } from 'vitest';
import { applyFixes } from '../../apply-fixes.js';
import { lintCopy } from '../../lint-copy.js';

describe('copy/policy through lintCopy', () => {
  it('title-character fixes leave no doubled space', () => {
    const text = 'Water Bottle !! Blue';
    expect(applyFixes(text, lintCopy(text, { placement: 'amazon.title' }).findings)).toBe('Water Bottle Blue');
  });
});
