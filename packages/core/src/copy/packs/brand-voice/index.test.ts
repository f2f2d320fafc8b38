/** Tests for the brand-voice pack through lintCopy: its safe fixes keep the case of what they replace. */
import { describe, expect, it } from 'vitest';
import { applyFixes } from '../../apply-fixes.js';
import { lintCopy } from '../../lint-copy.js';

describe('copy/brand-voice through lintCopy', () => {
  it('fixes casing and substitutions, keeping case', () => {
    const config = {
      brand: { name: 'KitchenAid' },
      substitutions: [{ use: 'T-shirt', insteadOf: ['tee shirt', 'tshirt'] }],
    };
    const text = 'The kitchenaid Tee shirt';
    expect(applyFixes(text, lintCopy(text, { config }).findings)).toBe('The KitchenAid T-shirt');
  });

  it('finds nothing without a config', () => {
    expect(lintCopy('cheap kitchenaid').findings.filter((f) => f.category === 'brand-voice')).toEqual([]);
  });
});
