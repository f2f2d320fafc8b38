/** Tests for the copy context: sentence spans, sentence lookup and example contexts. */
import { describe, expect, it } from 'vitest';
import { copyExampleContext, copySentenceAt, createCopyContext, splitCopySentences } from './context.js';

describe('splitCopySentences', () => {
  it('splits on terminal punctuation, line breaks and bullets, trimmed to words', () => {
    const ctx = createCopyContext('One two. Three!\n• Four five?  Six');
    expect(splitCopySentences(ctx).map((s) => [s.start, s.end, s.last - s.first])).toEqual([
      [0, 8, 2],
      [9, 15, 1],
      [18, 28, 2],
      [30, 33, 1],
    ]);
  });
  it('does not split inside numbers or abbreviations without a following space', () => {
    const ctx = createCopyContext('Holds 2.5 L and ships fast.');
    expect(splitCopySentences(ctx)).toHaveLength(1);
  });
  it('finds the sentence at an offset', () => {
    const ctx = createCopyContext('One two. Three four.');
    expect(copySentenceAt(ctx, 10)?.start).toBe(9);
    expect(copySentenceAt(ctx, 8)).toBeUndefined();
  });
});

describe('copyExampleContext', () => {
  it('accepts a string or an object with placement and config', () => {
    expect(copyExampleContext('hi').placement.id).toBe('generic');
    const ctx = copyExampleContext({ text: 'x', placement: 'amazon.title', config: { brand: { name: 'A' } } });
    expect([ctx.placement.id, ctx.config.brand?.name, ctx.tokens.length]).toEqual(['amazon.title', 'A', 1]);
  });
});
