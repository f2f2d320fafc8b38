/** Substantiated claims: the team's allow-list from CopyConfig, compiled once per config and matched once per lint. */
import type { CopyConfig } from '../config.js';
import { type CopyContext, copyMemo } from '../context.js';
import { type CopyPhraseMatcher, compileCopyPhrases, findCopyPhrases } from '../matcher.js';

const compiled = new WeakMap<object, CopyPhraseMatcher<true>>();

function matcherFor(config: CopyConfig): CopyPhraseMatcher<true> | undefined {
  const list = config.substantiatedClaims;
  if (!list || list.length === 0) return undefined;
  let m = compiled.get(list);
  if (!m) {
    m = compileCopyPhrases(
      list.map((c) => [typeof c === 'string' ? c : c.claim, true] as const),
      { plurals: false },
    );
    compiled.set(list, m);
  }
  return m;
}

/** True when the span overlaps a claim the team has substantiated (so their documented "#1" is not flagged). */
export function isCopyClaimSubstantiated(ctx: CopyContext, span: { start: number; end: number }): boolean {
  const spans = copyMemo(ctx, 'substantiated', () => {
    const m = matcherFor(ctx.config);
    return m ? findCopyPhrases(ctx.tokens, m) : [];
  });
  for (const s of spans) if (s.start < span.end && span.start < s.end) return true;
  return false;
}
