/** Tests for the pattern scanners: exact spans and linear behaviour on adversarial input. */
import { describe, expect, it } from 'vitest';
import { COPY_PATTERNS, scanCopy } from './scanners.js';

const spans = (text: string, re: RegExp) => scanCopy(text, re).map((s) => [s.text, s.start, s.end]);

describe('scanCopy', () => {
  it.each([
    ['Visit www.acme.com today', 'url', [['www.acme.com', 6, 18]]],
    ['See https://x.io/a?b=1.', 'url', [['https://x.io/a?b=1.', 4, 23]]],
    ['Only $19.99 today', 'price', [['$19.99', 5, 11]]],
    ['Save 20% off', 'price', [['20% off', 5, 12]]],
    ['ASIN B0C1234567 here', 'asin', [['B0C1234567', 5, 15]]],
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
});
