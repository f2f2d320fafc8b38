/** Tests for lintCopy: report shape, option and config findings, and fast-check properties (never throws, ranges inside). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { COPY_CATEGORIES } from './config.js';
import { lintCopy } from './lint-copy.js';
import { PLACEMENT_IDS } from './placements.js';

describe('lintCopy', () => {
  it('returns a scored report with placement, length and category scores', () => {
    const r = lintCopy('Clinically proven, the best kettle!!', { placement: 'amazon.title' });
    expect(r.placement).toBe('amazon.title');
    expect(r.length).toMatchObject({ unit: 'chars', value: 36, hardLimit: 200 });
    expect(r.score).toBeLessThan(100);
    expect(Object.keys(r.categoryScores)).toEqual([...COPY_CATEGORIES]);
    expect(r.findings.every((f) => (COPY_CATEGORIES as readonly string[]).includes(f.category))).toBe(true);
  });
  it('reports invalid options and config in configFindings and still lints', () => {
    const r = lintCopy('the best kettle', {
      placement: 'nowhere' as never,
      locale: 7 as never,
      config: { rules: { 'copy/nope': 'off', 'copy/claims/superlative': 'loud' }, brand: 5 },
    });
    expect(r.configFindings.map((f) => f.field)).toEqual([
      'placement',
      'locale',
      'brand',
      'rules.copy/claims/superlative',
      'rules.copy/nope',
    ]);
    expect(r.findings.some((f) => f.ruleId === 'copy/claims/superlative')).toBe(true);
  });
  it('config rules turn rules off and change severity', () => {
    const config = { rules: { 'copy/claims/superlative': 'off', 'copy/claims/proof-claim': 'info' } };
    const r = lintCopy('The best. Clinically proven.', { config });
    expect(r.findings.map((f) => [f.ruleId, f.severity])).toEqual([['copy/claims/proof-claim', 'info']]);
  });
  it('extends a preset', () => {
    const r = lintCopy('A seamless lid.', { config: { extends: 'copy:strict' } });
    expect(r.findings.map((f) => [f.ruleId, f.severity])).toEqual([['copy/ai-tells/overused-vocabulary', 'warning']]);
  });
  it('reuses the compiled config for the same object', () => {
    const config = { bannedWords: ['cheap'] };
    expect(lintCopy('cheap', { config }).findings).toHaveLength(1);
    expect(lintCopy('cheap cheap', { config }).findings.filter((f) => f.ruleId.startsWith('copy/brand'))).toHaveLength(
      2,
    );
  });
  it('handles adversarial strings', () => {
    for (const text of [
      'a'.repeat(100_000),
      '['.repeat(5000) + ']'.repeat(5000),
      '\ud800'.repeat(100),
      '😀'.repeat(1000),
    ]) {
      const r = lintCopy(text, { placement: 'amazon.title' });
      for (const f of r.findings) expect(f.range?.[1]).toBeLessThanOrEqual(text.length);
    }
  });
});

describe('lintCopy properties', () => {
  const anyText = fc.oneof(
    fc.string({ maxLength: 200 }),
    fc.string({ unit: 'grapheme', maxLength: 80 }),
    fc.string({ unit: 'binary', maxLength: 80 }),
    fc
      .array(
        fc.constantFrom(
          'best',
          'cures',
          'arthritis',
          '#1',
          '{{x}}',
          '[Product Name]',
          ' ',
          '!!',
          'www.x.com',
          '—',
          'ä',
        ),
        {
          maxLength: 30,
        },
      )
      .map((a) => a.join(' ')),
  );
  it('never throws, and every finding has a copy category and a range inside the text', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom(...PLACEMENT_IDS), fc.anything(), (text, placement, config) => {
        const r = lintCopy(text, { placement, config });
        for (const f of r.findings) {
          expect((COPY_CATEGORIES as readonly string[]).includes(f.category)).toBe(true);
          const [s, e] = f.range ?? [-1, -1];
          expect(s).toBeGreaterThanOrEqual(0);
          expect(e).toBeGreaterThanOrEqual(s);
          expect(e).toBeLessThanOrEqual(text.length);
        }
        expect(r.internalErrors).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
  it('never throws on arbitrary options', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (text, options) => {
        expect(() => lintCopy(text as string, options as never)).not.toThrow();
      }),
    );
  });
});
