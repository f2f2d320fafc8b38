/** Brand spans: where the configured brand name appears (any case), so symbol rules can exempt it. */
import { type CopyContext, copyMemo } from '../context.js';
import { type CopyPhraseMatcher, compileCopyPhrases, findCopyPhrases } from '../matcher.js';

const cache = new WeakMap<object, CopyPhraseMatcher<string>>();

/** Matcher for the brand name and its variants, compiled once per config object. */
export function copyBrandMatcher(ctx: CopyContext): CopyPhraseMatcher<string> | undefined {
  const brand = ctx.config.brand;
  if (!brand) return undefined;
  let m = cache.get(brand);
  if (!m) {
    const names = [brand.name, ...(brand.variants ?? [])];
    m = compileCopyPhrases(
      names.map((n) => [n, n] as const),
      { plurals: false },
    );
    cache.set(brand, m);
  }
  return m;
}

export function copyBrandSpans(ctx: CopyContext): { start: number; end: number }[] {
  return copyMemo(ctx, 'brand-spans', () => {
    const m = copyBrandMatcher(ctx);
    if (!m) return [];
    // Extend each hit over trailing symbols that are part of a configured name ("Yum!").
    const symbols = [ctx.config.brand?.name ?? '', ...(ctx.config.brand?.variants ?? [])]
      .join('')
      .replace(/[\p{L}\p{N}\s]/gu, '');
    return findCopyPhrases(ctx.tokens, m).map((h) => {
      let end = h.end;
      while (end < ctx.text.length && symbols.includes(ctx.text.charAt(end))) end++;
      return { start: h.start, end };
    });
  });
}
