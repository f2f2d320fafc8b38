/** Readability rule kind: sentence length and Flesch reading ease for English (Vale `readability`/`metric`). */

import type { RuleFinding } from '../../engine/index.js';
import { type CopyContext, splitCopySentences } from '../context.js';
import { requireCopyNumber, requireCopyRuleSpec, requireCopyString } from '../input.js';
import { COPY_TOKEN_ALPHA } from '../tokenize.js';
import { type CopyKindRule, type CopyRuleSpec, copyKindRule, fillMessage, placementFilter } from './common.js';

export interface CopyReadabilitySpec extends CopyRuleSpec {
  metric: 'sentence-length' | 'flesch-reading-ease';
  /** sentence-length: most words per sentence (default 30). */
  max?: number;
  /** flesch-reading-ease: lowest acceptable score (default 30). */
  min?: number;
  /** flesch-reading-ease: skip texts shorter than this many words (default 100); the score is noise below it. */
  minWords?: number;
  message?: string;
}

/** English syllables by vowel groups, with a silent final "e"; good enough for a reading-ease band. */
export function countCopySyllables(word: string): number {
  requireCopyString(word, 'word');
  let n = 0;
  let inVowel = false;
  const len = word.length;
  for (let i = 0; i < len; i++) {
    const c = word.charCodeAt(i) | 32;
    // a e i o u y
    const v = c === 97 || c === 101 || c === 105 || c === 111 || c === 117 || c === 121;
    if (v && !inVowel) n += 1;
    inVowel = v;
  }
  if (n > 1 && len > 2) {
    const last = word.charCodeAt(len - 1) | 32;
    const prev = word.charCodeAt(len - 2) | 32;
    // silent final "e", but not "-le" or "-ee"
    if (last === 101 && prev !== 108 && prev !== 101) n -= 1;
  }
  return Math.max(1, n);
}

/** Flesch reading ease: 206.835 − 1.015 × words/sentence − 84.6 × syllables/word. */
export function computeCopyFleschReadingEase(words: number, sentences: number, syllables: number): number {
  requireCopyNumber(words, 'words');
  requireCopyNumber(sentences, 'sentences');
  requireCopyNumber(syllables, 'syllables');
  if (words === 0 || sentences === 0) return 100;
  return 206.835 - 1.015 * (words / sentences) - 84.6 * (syllables / words);
}

export function copyReadabilityRule<S extends CopyReadabilitySpec>(spec: S): CopyKindRule<S> {
  requireCopyRuleSpec(spec, 'copyReadabilityRule');
  const applies = placementFilter(spec);
  const english = (ctx: CopyContext) => ctx.locale.toLowerCase().startsWith('en');
  return copyKindRule<S>({
    id: spec.id,
    category: spec.category,
    severity: spec.severity,
    ...(spec.weight !== undefined ? { weight: spec.weight } : {}),
    ...(spec.meta ? { meta: spec.meta } : {}),
    applies: (ctx) => (applies ? applies(ctx) : true) && (spec.metric !== 'flesch-reading-ease' || english(ctx)),
    check(ctx) {
      const sentences = splitCopySentences(ctx);
      const out: RuleFinding[] = [];
      if (spec.metric === 'sentence-length') {
        const max = spec.max ?? 30;
        for (const s of sentences) {
          const words = s.last - s.first;
          if (words <= max) continue;
          out.push({
            message: fillMessage(spec.message ?? 'This sentence has {value} words; split it (at most {limit}).', {
              value: words,
              limit: max,
            }),
            range: [s.start, s.end],
            evidence: { value: words, limit: max, unit: 'words' },
          });
        }
        return out;
      }
      let words = 0;
      let syllables = 0;
      const { flags, norms } = ctx.tokens;
      for (let i = 0; i < ctx.tokens.length; i++) {
        if (((flags[i] ?? 0) & COPY_TOKEN_ALPHA) === 0) continue;
        words += 1;
        syllables += countCopySyllables(norms[i] ?? '');
      }
      if (words < (spec.minWords ?? 100) || sentences.length === 0) return out;
      const score = Math.round(computeCopyFleschReadingEase(words, sentences.length, syllables));
      const min = spec.min ?? 30;
      if (score < min) {
        out.push({
          message: fillMessage(
            spec.message ?? 'Flesch reading ease is {value} (below {limit}): use shorter sentences and plainer words.',
            { value: score, limit: min },
          ),
          range: [0, ctx.text.length],
          evidence: { value: score, limit: min, unit: 'Flesch reading ease' },
        });
      }
      return out;
    },
  });
}
