/** Repetition rule kind: the same word too often in a text, or twice in a row (Vale `repetition`). */

import type { RuleFinding } from '../../engine/index.js';
import { requireCopyRuleSpec } from '../input.js';
import { COPY_TOKEN_ALPHA } from '../tokenize.js';
import {
  COPY_FINDINGS_CAP,
  type CopyKindRule,
  type CopyRuleSpec,
  copyKindRule,
  copyRuleBase,
  fillMessage,
} from './common.js';

export interface CopyRepetitionSpec extends CopyRuleSpec {
  /** `text`: a word may appear at most `max` times; `adjacent`: the same word twice in a row ("the the"). */
  scope: 'text' | 'adjacent';
  max?: number;
  /** Words that may repeat freely (articles, prepositions, conjunctions). */
  ignore?: readonly string[];
  /** `{match}` is the word, `{value}` its count, `{limit}` the maximum. */
  message?: string;
}

/** Folds simple plurals so "boot" and "boots" count as one word. */
function stem(norm: string): string {
  if (norm.length > 3 && norm.endsWith('s') && !norm.endsWith('ss')) return norm.slice(0, -1);
  return norm;
}

export function copyRepetitionRule<S extends CopyRepetitionSpec>(spec: S): CopyKindRule<S> {
  requireCopyRuleSpec(spec, 'copyRepetitionRule');
  const ignore = new Set((spec.ignore ?? []).map((w) => w.toLowerCase()));
  const max = spec.max ?? 2;
  return copyKindRule<S>({
    ...copyRuleBase(spec),
    check(ctx) {
      const out: RuleFinding[] = [];
      const { tokens, text } = ctx;
      if (spec.scope === 'adjacent') {
        for (let i = 1; i < tokens.length && out.length < COPY_FINDINGS_CAP; i++) {
          const norm = tokens.norms[i] ?? '';
          if (((tokens.flags[i] ?? 0) & COPY_TOKEN_ALPHA) === 0 || tokens.norms[i - 1] !== norm || ignore.has(norm))
            continue;
          const aEnd = tokens.ends[i - 1] ?? 0;
          const bStart = tokens.starts[i] ?? 0;
          const bEnd = tokens.ends[i] ?? 0;
          const raw = tokens.raws[i] ?? '';
          // Only plain whitespace between them: "very, very" is a stylistic choice, "the the" a typo.
          const gap = text.slice(aEnd, bStart);
          if (!/^[ \t]+$/.test(gap)) continue;
          out.push({
            message: fillMessage(spec.message ?? '"{match}" is repeated; remove one.', { match: raw }),
            range: [aEnd, bEnd],
            evidence: { text: raw },
            fix: { kind: 'replace', range: [aEnd, bEnd], text: '' },
          });
        }
        return out;
      }
      const counts = new Map<string, number>();
      for (let i = 0; i < tokens.length; i++) {
        const norm = tokens.norms[i] ?? '';
        if (((tokens.flags[i] ?? 0) & COPY_TOKEN_ALPHA) === 0 || ignore.has(norm)) continue;
        const t = { start: tokens.starts[i] ?? 0, end: tokens.ends[i] ?? 0, raw: tokens.raws[i] ?? '' };
        const key = stem(norm);
        const n = (counts.get(key) ?? 0) + 1;
        counts.set(key, n);
        if (n > max && out.length < COPY_FINDINGS_CAP) {
          out.push({
            message: fillMessage(spec.message ?? '"{match}" appears {value} times; use a word at most {limit} times.', {
              match: t.raw,
              value: n,
              limit: max,
            }),
            range: [t.start, t.end],
            evidence: { text: t.raw, value: n, limit: max },
          });
        }
      }
      return out;
    },
  });
}
