/** Existence rule kind: words or phrases that must not appear (Vale `existence`). */

import type { Fix, RuleFinding, Severity } from '../../engine/index.js';
import type { CopyContext } from '../context.js';
import { requireCopyArray, requireCopyRuleSpec, requireCopyString } from '../input.js';
import { type CopyPhraseHit, compileCopyPhrases, findCopyPhrases } from '../matcher.js';
import { overlapsSorted } from '../scanners.js';
import {
  COPY_FINDINGS_CAP,
  type CopyKindRule,
  type CopyRuleSpec,
  copyKindRule,
  copyRuleBase,
  fillMessage,
  matchCase,
} from './common.js';

/** One listed phrase, with what to say and how to fix it. */
export interface CopyExistenceEntry {
  phrase: string;
  /** Overrides the spec message for this phrase; `{match}` is the text found. */
  message?: string;
  /** A safe replacement (becomes a `replace` fix that keeps the case). */
  replace?: string;
  /** A rewrite a human must check (becomes a `suggest` fix). */
  suggest?: string;
  severity?: Severity;
}

export interface CopyExistenceSpec extends CopyRuleSpec {
  tokens: readonly (string | CopyExistenceEntry)[];
  /** Default message; `{match}` is the text found. */
  message: string;
  /** Phrases (any case) that contain a listed token but are fine, e.g. "the best fit" for "the best". */
  exceptions?: readonly string[];
  /** Exact-case phrases that are fine, e.g. the retailer "Best Buy" for "best". */
  caseSensitiveExceptions?: readonly string[];
  caseSensitive?: boolean;
  plurals?: boolean;
  /** Context check per hit: return false to drop it, or a severity to grade it. */
  refine?: (ctx: CopyContext, hit: CopyPhraseHit<CopyExistenceEntry>) => boolean | Severity;
}

/** Builds an existence rule; the word lists compile into matchers here, once. */
export function copyExistenceRule<S extends CopyExistenceSpec>(spec: S): CopyKindRule<S> {
  requireCopyRuleSpec(spec, 'copyExistenceRule');
  requireCopyArray(spec.tokens, 'copyExistenceRule(spec).tokens');
  for (const [i, t] of spec.tokens.entries()) {
    if (typeof t !== 'string')
      requireCopyString((t as { phrase?: unknown } | null)?.phrase, `copyExistenceRule(spec).tokens.${i}.phrase`);
  }
  const matcher = compileCopyPhrases(
    spec.tokens.map((t) => {
      const e = typeof t === 'string' ? { phrase: t } : t;
      return [e.phrase, e] as const;
    }),
    { caseSensitive: spec.caseSensitive ?? false, plurals: spec.plurals ?? true },
  );
  const exceptions = spec.exceptions?.length
    ? compileCopyPhrases(
        spec.exceptions.map((p) => [p, true] as const),
        { plurals: true },
      )
    : undefined;
  const exactExceptions = spec.caseSensitiveExceptions?.length
    ? compileCopyPhrases(
        spec.caseSensitiveExceptions.map((p) => [p, true] as const),
        { caseSensitive: true, plurals: false },
      )
    : undefined;
  return copyKindRule<S>({
    ...copyRuleBase(spec),
    check(ctx) {
      const hits = findCopyPhrases(ctx.tokens, matcher);
      if (hits.length === 0) return [];
      const skipA = exceptions ? findCopyPhrases(ctx.tokens, exceptions) : [];
      const skipB = exactExceptions ? findCopyPhrases(ctx.tokens, exactExceptions) : [];
      const out: RuleFinding[] = [];
      for (const hit of hits) {
        if (out.length >= COPY_FINDINGS_CAP) break;
        if (overlapsSorted(hit, skipA) || overlapsSorted(hit, skipB)) continue;
        const refined = spec.refine ? spec.refine(ctx, hit) : true;
        if (refined === false) continue;
        const matched = ctx.text.slice(hit.start, hit.end);
        const entry = hit.value;
        let fix: Fix | undefined;
        if (entry.replace !== undefined)
          fix = { kind: 'replace', range: [hit.start, hit.end], text: matchCase(matched, entry.replace) };
        else if (entry.suggest !== undefined) fix = { kind: 'suggest', text: entry.suggest };
        const severity = typeof refined === 'string' ? refined : entry.severity;
        out.push({
          message: fillMessage(entry.message ?? spec.message, { match: matched }),
          range: [hit.start, hit.end],
          evidence: { text: matched },
          ...(fix ? { fix } : {}),
          ...(severity ? { severity } : {}),
        });
      }
      return out;
    },
  });
}
