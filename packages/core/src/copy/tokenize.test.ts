/** Tests for the tokenizer: exact ranges, joins, apostrophes, numbers and odd input. */
import { describe, expect, it } from 'vitest';
import { tokenizeCopy } from './tokenize.js';

const simple = (text: string) => tokenizeCopy(text).map((t) => [t.norm, t.start, t.end, t.joined]);

describe('tokenizeCopy', () => {
  it('splits words with exact ranges', () => {
    expect(simple('Hello, World')).toEqual([
      ['hello', 0, 5, false],
      ['world', 7, 12, false],
    ]);
  });
  it('joins across spaces and hyphens, not punctuation', () => {
    expect(simple('eco-friendly bag. Soft')).toEqual([
      ['eco', 0, 3, false],
      ['friendly', 4, 12, true],
      ['bag', 13, 16, true],
      ['soft', 18, 22, false],
    ]);
  });
  it('keeps apostrophes inside words and normalizes curly ones', () => {
    expect(simple('World’s best')).toEqual([
      ["world's", 0, 7, false],
      ['best', 8, 12, true],
    ]);
  });
  it('keeps decimals and thousands inside numbers', () => {
    const t = tokenizeCopy('2.5 mm, 1,000 pcs');
    expect(t.map((x) => x.raw)).toEqual(['2.5', 'mm', '1,000', 'pcs']);
    expect(t[0]?.alpha).toBe(false);
    expect(t[1]?.alpha).toBe(true);
  });
  it('handles non-Latin scripts, emoji and lone surrogates', () => {
    expect(tokenizeCopy('日本語 café 😀 \ud800x').map((x) => x.raw)).toEqual(['日本語', 'café', 'x']);
  });
  it('a run with no spaces is one token', () => {
    expect(tokenizeCopy('a'.repeat(1000))).toHaveLength(1);
  });
});
