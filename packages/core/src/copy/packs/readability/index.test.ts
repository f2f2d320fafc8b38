/** Table tests for the readability pack: sentence ranges, Flesch only for long English text. */
import { describe, expect, it } from 'vitest';
import { copyFleschReadingEase, copySyllables } from '../../rule-kinds/readability.js';
import { copyFindingsOf } from '../../test-helpers.js';

const long = `${Array.from({ length: 31 }, () => 'word').join(' ')}.`;

describe('copy/readability', () => {
  it('flags a sentence over 30 words with its exact range', () => {
    const text = `Short one. ${long} Done.`;
    expect(copyFindingsOf(text, 'copy/readability/sentence')).toEqual([
      ['copy/readability/sentence-length', 11, 11 + long.length, 'warning'],
    ]);
  });
  it('skips short placements such as titles', () => {
    expect(copyFindingsOf(long, 'copy/readability/', { placement: 'amazon.title' })).toEqual([]);
  });
  it('Flesch runs for English only', () => {
    const hard = Array.from({ length: 40 }, () => 'Multidimensional institutionalization characterization.').join(' ');
    expect(copyFindingsOf(hard, 'copy/readability/flesch')).toEqual([
      ['copy/readability/flesch-reading-ease', 0, hard.length, 'info'],
    ]);
    expect(copyFindingsOf(hard, 'copy/readability/flesch', { locale: 'de-DE' })).toEqual([]);
  });
  it.each([
    ['cat', 1],
    ['water', 2],
    ['bottle', 2],
    ['make', 1],
    ['insulated', 4],
  ])('syllables(%s) = %i', (w, n) => expect(copySyllables(w)).toBe(n));
  it('Flesch formula', () => {
    expect(Math.round(copyFleschReadingEase(100, 10, 130))).toBe(87);
  });
});
