/** copy/ai-tells/density: Too many AI tells per 100 words (vocabulary and clichés together). */
import { z } from 'zod';
import { defineRuntimeRule } from '../../../engine/index.js';
import type { CopyContext } from '../../context.js';
import type { CopyPhraseHit } from '../../matcher.js';
import { aiTellHits } from './shared.js';

export const copyAiTellsDensityRule = defineRuntimeRule<
  CopyContext,
  { per100Words: number; minHits: number; errorPer100Words: number }
>({
  id: 'copy/ai-tells/density',
  category: 'ai-tells',
  severity: 'warning',
  defaultOptions: { per100Words: 3, minHits: 3, errorPer100Words: 6 },
  optionsSchema: z
    .object({
      per100Words: z.number().positive(),
      minHits: z.number().int().min(1),
      errorPer100Words: z.number().positive(),
    })
    .strict(),
  check(ctx, options) {
    const hits = aiTellHits(ctx);
    if (hits.length < options.minHits) return [];
    const words = Math.max(ctx.tokens.length, 1);
    const per100 = (hits.length * 100) / Math.max(words, 100);
    if (per100 < options.per100Words) return [];
    const first = hits[0] as CopyPhraseHit<string>;
    const last = hits[hits.length - 1] as CopyPhraseHit<string>;
    const rounded = Math.round(per100 * 10) / 10;
    return [
      {
        message: `${hits.length} AI tells in ${words} words (${rounded} per 100 words): rewrite with concrete details.`,
        range: [first.start, last.end],
        evidence: { value: rounded, limit: options.per100Words, unit: 'per 100 words' },
        severity: per100 >= options.errorPer100Words ? 'error' : 'warning',
      },
    ];
  },
});
