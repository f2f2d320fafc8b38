/** Helpers the copy/ai-tells rules share (matchers, measurements), computed once per module or per lint. */

import { type CopyContext, copyMemo } from '../../context.js';
import { type CopyPhraseHit, compileCopyPhrases, findCopyPhrases } from '../../matcher.js';
import { AI_CLICHES, AI_VOCABULARY } from './words.js';

export const vocabularyMatcher = compileCopyPhrases(
  AI_VOCABULARY.map((w) => [w, w] as const),
  { plurals: true },
);
export const clicheMatcher = compileCopyPhrases(AI_CLICHES.map((w) => [w, w] as const));

/** All AI-tell hits (vocabulary and clichés), computed once per lint for the density rule. */
export function aiTellHits(ctx: CopyContext): CopyPhraseHit<string>[] {
  return copyMemo(ctx, 'ai-tells', () => {
    const all = [...findCopyPhrases(ctx.tokens, clicheMatcher), ...findCopyPhrases(ctx.tokens, vocabularyMatcher)];
    return all.sort((a, b) => a.start - b.start);
  });
}
