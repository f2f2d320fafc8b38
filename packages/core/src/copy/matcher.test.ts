/** Tests for the phrase matcher: whole words, longest match, plurals, case, joins. */
import { describe, expect, it } from 'vitest';
import { isRevloopError } from '../engine/errors.js';
import { compileCopyPhrases, copyPhraseKey, copyPluralForms, findCopyPhrases } from './matcher.js';
import { tokenizeCopyColumns } from './tokenize.js';

const find = (text: string, phrases: string[], opts = {}) =>
  findCopyPhrases(
    tokenizeCopyColumns(text),
    compileCopyPhrases(
      phrases.map((p) => [p, p] as const),
      opts,
    ),
  ).map((h) => [h.value, h.start, h.end]);

describe('findCopyPhrases', () => {
  it('matches whole words only', () => {
    expect(find('bestseller best', ['best'])).toEqual([['best', 11, 15]]);
  });
  it('prefers the longest phrase', () => {
    expect(find('The best in class kettle', ['best', 'best in class'])).toEqual([['best in class', 4, 17]]);
  });
  it('matches plurals and case-insensitively', () => {
    expect(find('It CURES and cure', ['cure'])).toEqual([
      ['cure', 3, 8],
      ['cure', 13, 17],
    ]);
  });
  it('a phrase does not cross sentence punctuation', () => {
    expect(find('clinically. Proven', ['clinically proven'])).toEqual([]);
    expect(find('clinically-proven', ['clinically proven'])).toEqual([['clinically proven', 0, 17]]);
  });
  it('case-sensitive lists match exact case', () => {
    expect(find('todo TODO', ['TODO'], { caseSensitive: true, plurals: false })).toEqual([['TODO', 5, 9]]);
  });
  it('plural forms', () => {
    expect(copyPluralForms('remedy')).toEqual(['remedies']);
    expect(copyPluralForms('box')).toEqual(['boxes']);
    expect(copyPluralForms('x1')).toEqual([]);
  });
  it('phrase keys', () => expect(copyPhraseKey(' Clinically-Proven ')).toBe('clinically proven'));
});

describe('compileCopyPhrases input', () => {
  it.each([
    // biome-ignore lint/suspicious/noSparseArray: a hole is the case under test
    ['a hole', [,], 'entries.0'],
    // biome-ignore lint/suspicious/noSparseArray: a hole is the case under test
    ['a hole after a good entry', [['cure', 1], ,], 'entries.1'],
    ['undefined', [undefined], 'entries.0'],
    ['a non-string phrase', [[1, 1]], 'entries.0.0'],
    // biome-ignore lint/suspicious/noSparseArray: a hole is the case under test
    ['a nested hole', [[, 1]], 'entries.0.0'],
  ])('%s is a copy/invalid-input RevloopError naming %s', (_, entries, field) => {
    let error: unknown;
    try {
      compileCopyPhrases(entries as never);
    } catch (e) {
      error = e;
    }
    expect(isRevloopError(error)).toBe(true);
    expect(error).toMatchObject({ code: 'copy/invalid-input', findings: [{ field }] });
  });
});
