/** Occurrence rule kind: how many words, sentences, characters or listed phrases a text may have (Vale `occurrence`). */

import type { RuleFinding } from '../../engine/index.js';
import { splitCopySentences } from '../context.js';
import { countCopyGraphemes } from '../count.js';
import { requireCopyRuleSpec } from '../input.js';
import { compileCopyPhrases, findCopyPhrases } from '../matcher.js';
import { type CopyKindRule, type CopyRuleSpec, copyKindRule, copyRuleBase, fillMessage } from './common.js';

export interface CopyOccurrenceSpec extends CopyRuleSpec {
  /** What to count: words, sentences, characters (graphemes), or hits of `tokens`. Default: `tokens` if given, else words. */
  count?: 'words' | 'sentences' | 'characters';
  tokens?: readonly string[];
  min?: number;
  max?: number;
  /** `{value}` is the count, `{limit}` the bound broken. */
  message?: string;
}

export function copyOccurrenceRule<S extends CopyOccurrenceSpec>(spec: S): CopyKindRule<S> {
  requireCopyRuleSpec(spec, 'copyOccurrenceRule');
  const matcher = spec.tokens?.length ? compileCopyPhrases(spec.tokens.map((t) => [t, t] as const)) : undefined;
  const what = matcher ? 'listed terms' : (spec.count ?? 'words');
  return copyKindRule<S>({
    ...copyRuleBase(spec),
    check(ctx) {
      const { text, tokens } = ctx;
      // Each unit as a range, so an over-limit finding can underline exactly what is extra.
      let value: number;
      let starts: (i: number) => number;
      if (matcher) {
        const hits = findCopyPhrases(tokens, matcher);
        value = hits.length;
        starts = (i) => hits[i]?.start ?? text.length;
      } else if (spec.count === 'sentences') {
        const s = splitCopySentences(ctx);
        value = s.length;
        starts = (i) => s[i]?.start ?? text.length;
      } else if (spec.count === 'characters') {
        value = countCopyGraphemes(text);
        starts = (i) => Math.min(i, text.length);
      } else {
        value = tokens.length;
        starts = (i) => (i < tokens.length ? (tokens.starts[i] ?? text.length) : text.length);
      }
      const out: RuleFinding[] = [];
      if (spec.max !== undefined && value > spec.max) {
        out.push({
          message: fillMessage(spec.message ?? `Too many ${what}: {value}, the maximum is {limit}.`, {
            value,
            limit: spec.max,
          }),
          range: [starts(spec.max), text.length],
          evidence: { value, limit: spec.max, unit: what },
        });
      }
      if (spec.min !== undefined && value < spec.min) {
        out.push({
          message: fillMessage(spec.message ?? `Too few ${what}: {value}, the minimum is {limit}.`, {
            value,
            limit: spec.min,
          }),
          range: [0, text.length],
          evidence: { value, limit: spec.min, unit: what },
        });
      }
      return out;
    },
  });
}
