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
    expect(r.findings.map((f) => f.ruleId)).toEqual([
      'copy/claims/proof-claim',
      'copy/policy/title-characters',
      'copy/claims/superlative',
      'copy/formatting/exclamation-overload',
    ]);
    expect(r.score).toBe(60);
    expect(Object.keys(r.categoryScores)).toEqual([...COPY_CATEGORIES]);
    expect(r.findings.every((f) => (COPY_CATEGORIES as readonly string[]).includes(f.category))).toBe(true);
  });
  it('carries the length measurement of the placement', () => {
    expect(lintCopy('a'.repeat(90), { placement: 'amazon.title' }).length).toEqual({
      unit: 'chars',
      value: 90,
      hardLimit: 200,
      softLimit: 80,
      truncateAt: 80,
      truncatedAt: 80,
      softLimitAt: 80,
    });
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
  it.each([
    ['a long run', 'a'.repeat(100_000), 'copy/length/hard-limit'],
    ['nested brackets', '['.repeat(5000) + ']'.repeat(5000), 'copy/length/hard-limit'],
    ['lone surrogates', '\ud800'.repeat(100), 'copy/length/soft-limit'],
    ['emoji', '😀'.repeat(1000), 'copy/length/hard-limit'],
  ])('handles adversarial strings (%s): findings, all inside the text, no internal error', (_name, text, ruleId) => {
    const r = lintCopy(text, { placement: 'amazon.title' });
    expect(r.findings.map((f) => f.ruleId)).toContain(ruleId);
    expect(r.findings.filter((f) => !f.range || f.range[0] < 0 || f.range[1] > text.length)).toEqual([]);
    expect(r.internalErrors).toEqual([]);
  });

  it.each([
    ['a number', 42, '42', ['text']],
    ['an object', { toString: () => 'x' }, '', ['text']],
    ['null', null, '', []],
  ])('lints %s as text %j and reports it', (_name, text, linted, fields) => {
    const r = lintCopy(text as never);
    expect(r.length.value).toBe(linted.length);
    expect(r.configFindings.map((f) => f.field)).toEqual(fields);
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
        const outside = r.findings.filter(
          (f) =>
            !(COPY_CATEGORIES as readonly string[]).includes(f.category) ||
            !f.range ||
            f.range[0] < 0 ||
            f.range[1] < f.range[0] ||
            f.range[1] > text.length,
        );
        expect(outside).toEqual([]);
        expect(r.internalErrors).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
  // lintCopy catches everything as a last resort, so "does not throw" cannot fail; an empty internalErrors
  // shows the setup code itself handled the input.
  it('handles arbitrary text and options without reaching its last-resort catch', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), (text, options) => {
        expect(lintCopy(text as string, options as never).internalErrors).toEqual([]);
      }),
    );
  });
});
