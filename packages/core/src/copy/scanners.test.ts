/** Tests for the pattern scanners: exact spans and linear behaviour on adversarial input. */
import { describe, expect, it } from 'vitest';
import { COPY_PATTERNS, scanCopy, scanCopyPlaceholders } from './scanners.js';

const spans = (text: string, re: RegExp) => scanCopy(text, re).map((s) => [s.text, s.start, s.end]);

describe('scanCopy', () => {
  it.each([
    ['Visit www.acme.com today', 'url', [['www.acme.com', 6, 18]]],
    ['See https://x.io/a?b=1.', 'url', [['https://x.io/a?b=1.', 4, 23]]],
    ['Mail help@acme.com now', 'email', [['help@acme.com', 5, 18]]],
    ['Call 555-123-4567', 'phone', [['555-123-4567', 5, 17]]],
    ['Only $19.99 today', 'price', [['$19.99', 5, 11]]],
    ['Save 20% off', 'price', [['20% off', 5, 12]]],
    ['Hi {{first_name}}!', 'mergeTag', [['{{first_name}}', 3, 17]]],
    ['Hey *|FNAME|*', 'mergeTag', [['*|FNAME|*', 4, 13]]],
    ['Hey %%FirstName%%', 'mergeTag', [['%%FirstName%%', 4, 17]]],
    ['A <insert benefit here> kit', 'mergeTag', [['<insert benefit here>', 2, 23]]],
    ['Save XX% now', 'filler', [['XX%', 5, 8]]],
    ['ASIN B0C1234567 here', 'asin', [['B0C1234567', 5, 15]]],
    ['Rated #1 by', 'numberOne', [['#1', 6, 8]]],
    ['Made in the USA.', 'made', [['Made in the USA', 0, 15]]],
    [
      '<b>Bold</b>',
      'html',
      [
        ['<b>', 0, 3],
        ['</b>', 7, 11],
      ],
    ],
  ] as const)('%j (%s)', (text, key, expected) => {
    expect(spans(text, COPY_PATTERNS[key])).toEqual(expected);
  });
  it('finds bracket slots but not ordinary brackets', () => {
    expect(scanCopyPlaceholders('The [Product Name] and [2 pack]').map((s) => [s.text, s.start, s.end])).toEqual([
      ['[Product Name]', 4, 18],
    ]);
  });
  it('does not flag sizes, model numbers or ordinary brackets', () => {
    expect(spans('Fits 10-12 inch, model #4301', COPY_PATTERNS.phone)).toEqual([]);
    expect(scanCopyPlaceholders('Includes [2] filters')).toEqual([]);
    expect(spans('Style #4301', COPY_PATTERNS.numberOne)).toEqual([]);
  });
});
