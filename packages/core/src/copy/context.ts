/** CopyContext: the text plus what is derived from it once per lint (tokens, sentences), shared by every rule. */

import type { CopyConfig } from './config.js';
import { requireCopyObject, requireCopyString } from './input.js';
import { type Placement, type PlacementId, placements } from './placements.js';
import { type CopyTokens, tokenizeCopyColumns } from './tokenize.js';

export interface CopyContext {
  readonly text: string;
  readonly placement: Placement;
  readonly locale: string;
  readonly tokens: CopyTokens;
  /** The valid parts of the copy config. */
  readonly config: CopyConfig;
  /** Per-lint cache for derived data several rules need (sentences, AI-tell hits). */
  readonly memo: Map<string, unknown>;
}

export interface CopyContextInput {
  placement?: Placement | PlacementId;
  locale?: string;
  config?: CopyConfig;
}

/**
 * A context for running copy rules on `text`. Throws a `copy/invalid-input` RevloopError for a non-string
 * text or non-object input; an unknown placement is `generic`, a non-string locale `en`, a non-object config `{}`.
 */
export function createCopyContext(text: string, input?: CopyContextInput): CopyContext {
  requireCopyString(text, 'text');
  if (input !== undefined && input !== null) requireCopyObject(input, 'input');
  const { placement: asked, locale, config } = (input ?? {}) as Record<string, unknown>;
  const placement =
    typeof asked === 'string'
      ? (placements[asked as PlacementId] ?? placements.generic)
      : typeof asked === 'object' && asked !== null && typeof (asked as Placement).id === 'string'
        ? (asked as Placement)
        : placements.generic;
  return {
    text,
    placement,
    locale: typeof locale === 'string' && locale !== '' ? locale : 'en',
    tokens: tokenizeCopyColumns(text),
    config: typeof config === 'object' && config !== null && !Array.isArray(config) ? (config as CopyConfig) : {},
    memo: new Map(),
  };
}

/** Throws unless `ctx` looks like a context from `createCopyContext` (public helpers take one). */
function requireCopyContext(ctx: unknown): asserts ctx is CopyContext {
  requireCopyObject(ctx, 'ctx');
  requireCopyString(ctx.text, 'ctx.text');
  requireCopyObject(ctx.tokens, 'ctx.tokens');
  if (!(ctx.memo instanceof Map)) requireCopyObject(undefined, 'ctx.memo');
}

/** Computes `fn()` once per context under `key`. */
export function copyMemo<T>(ctx: CopyContext, key: string, fn: () => T): T {
  if (ctx.memo.has(key)) return ctx.memo.get(key) as T;
  const value = fn();
  ctx.memo.set(key, value);
  return value;
}

export interface CopySentence {
  start: number;
  end: number;
  /** Token indices `[first, last)`. */
  first: number;
  last: number;
}

/**
 * Sentences end at `.`, `!` or `?` followed by whitespace or the end, at a line break, or at a bullet
 * character. One pass over the text, then one pass over the tokens to attach word ranges.
 */
export function splitCopySentences(ctx: CopyContext): CopySentence[] {
  requireCopyContext(ctx);
  return copyMemo(ctx, 'sentences', () => {
    const { text, tokens } = ctx;
    const bounds: Array<[number, number]> = [];
    let start = 0;
    const n = text.length;
    for (let i = 0; i < n; i++) {
      const c = text.charCodeAt(i);
      let cut = -1;
      let next = i + 1;
      if (c === 10 || c === 0x2022) cut = i;
      else if (c === 46 || c === 33 || c === 63) {
        let j = i + 1;
        while (j < n && (text.charCodeAt(j) === 46 || text.charCodeAt(j) === 33 || text.charCodeAt(j) === 63)) j++;
        const after = text.charCodeAt(j);
        if (j >= n || after === 32 || after === 10 || after === 9 || after === 13) {
          cut = j;
          next = j;
        }
        i = j - 1;
      }
      if (cut >= 0) {
        if (cut > start) bounds.push([start, cut]);
        start = c === 10 || c === 0x2022 ? i + 1 : next;
      }
    }
    if (start < n) bounds.push([start, n]);
    const out: CopySentence[] = [];
    let t = 0;
    for (const [s, e] of bounds) {
      while (t < tokens.length && (tokens.starts[t] ?? 0) < s) t++;
      const first = t;
      while (t < tokens.length && (tokens.ends[t] ?? 0) <= e) t++;
      if (t === first) continue;
      // Trim to the first and last word so ranges underline text, not whitespace.
      out.push({ start: tokens.starts[first] ?? s, end: e, first, last: t });
    }
    for (const s of out) {
      let e = s.end;
      while (e > s.start && /\s/.test(ctx.text[e - 1] ?? '')) e--;
      s.end = e;
    }
    return out;
  });
}

/** The sentence containing `offset`, by binary search. */
export function copySentenceAt(ctx: CopyContext, offset: number): CopySentence | undefined {
  const list = splitCopySentences(ctx);
  let lo = 0;
  let hi = list.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = list[mid] as CopySentence;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

/** Turns a documented example (`"text"` or `{ text, placement, config, locale }`) into a context. */
export function copyExampleContext(input: unknown): CopyContext {
  if (typeof input === 'string') return createCopyContext(input);
  const o = (input ?? {}) as { text?: string; placement?: PlacementId; config?: CopyConfig; locale?: string };
  return createCopyContext(o.text ?? '', {
    ...(o.placement ? { placement: o.placement } : {}),
    ...(o.config ? { config: o.config } : {}),
    ...(o.locale ? { locale: o.locale } : {}),
  });
}
