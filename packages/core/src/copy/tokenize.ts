/** Tokenizer: one linear scan that turns text into word tokens with UTF-16 ranges, shared by every rule. */
import { requireCopyString } from './input.js';

/** One word token, as `tokenizeCopy` returns it (a convenience view of `CopyTokens`). */
export interface CopyToken {
  start: number;
  end: number;
  /** The token as written. */
  raw: string;
  /** Lower-cased, curly apostrophes made straight: the key word lists match on. */
  norm: string;
  /** True when only spaces or hyphens separate it from the previous token, so a phrase may continue. */
  joined: boolean;
  /** True when the token contains at least one letter. */
  alpha: boolean;
}

/**
 * The tokens of a text in columns (typed arrays plus interned strings). Rules read these directly:
 * 100k long-lived token objects would make garbage collection, and so linting, super-linear.
 */
export interface CopyTokens {
  readonly length: number;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly raws: readonly string[];
  readonly norms: readonly string[];
  /** Bit 1: joined to the previous token; bit 2: contains a letter. */
  readonly flags: Uint8Array;
}

export const COPY_TOKEN_JOINED = 1;
export const COPY_TOKEN_ALPHA = 2;

const LETTER_OR_DIGIT = /[\p{L}\p{M}\p{N}]/u;

function isAsciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Length (1 or 2) of the word character at `i`, or 0 when it is not one. */
function wordCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return isAsciiAlnum(c) ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return LETTER_OR_DIGIT.test(text.slice(i, i + 2)) ? 2 : 0;
    return 0;
  }
  if (c >= 0xdc00 && c <= 0xdfff) return 0;
  return LETTER_OR_DIGIT.test(text[i] ?? '') ? 1 : 0;
}

function isJoiner(c: number): boolean {
  // space, tab, no-break space, hyphen-minus, hyphen, non-breaking hyphen, "%" ("100% effective"), "/" ("n/a")
  return c === 32 || c === 9 || c === 0xa0 || c === 45 || c === 0x2010 || c === 0x2011 || c === 37 || c === 47;
}

function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019;
}

/**
 * Words are runs of letters, marks and digits. An apostrophe between letters stays inside the word
 * ("don't", "world's"); "." or "," between digits too ("2.5", "1,000"). Hyphens split words, so
 * "eco-friendly" is two tokens joined by a hyphen, which phrase lists match like "eco friendly".
 */
export function tokenizeCopyColumns(text: string): CopyTokens {
  requireCopyString(text, 'text');
  const n = text.length;
  // A token takes at least one character and is followed by a separator, so n/2 + 1 is enough.
  const cap = (n >> 1) + 1;
  const starts = new Int32Array(cap);
  const ends = new Int32Array(cap);
  const flags = new Uint8Array(cap);
  const raws: string[] = [];
  const norms: string[] = [];
  let count = 0;
  const curly = text.includes('\u2019');
  const interned = new Map<string, [raw: string, norm: string]>();
  let i = 0;
  let prevEnd = -1;
  while (i < n) {
    const c0 = text.charCodeAt(i);
    const w = c0 < 128 ? (isAsciiAlnum(c0) ? 1 : 0) : wordCharAt(text, i);
    if (w === 0) {
      i += 1;
      continue;
    }
    const start = i;
    let alpha = false;
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c < 128) {
        if (isAsciiAlnum(c)) {
          if (!alpha && c > 57) alpha = true;
          i += 1;
          continue;
        }
      } else {
        const step = wordCharAt(text, i);
        if (step > 0) {
          alpha = true;
          i += step;
          continue;
        }
      }
      if (isApostrophe(c) && i + 1 < n && wordCharAt(text, i + 1) > 0 && !isDigit(text.charCodeAt(i + 1))) {
        i += 1;
        continue;
      }
      if ((c === 46 || c === 44) && isDigit(text.charCodeAt(i - 1)) && isDigit(text.charCodeAt(i + 1))) {
        i += 1;
        continue;
      }
      break;
    }
    let joined = prevEnd >= 0;
    if (joined) {
      for (let g = prevEnd; g < start; g++) {
        if (!isJoiner(text.charCodeAt(g))) {
          joined = false;
          break;
        }
      }
    }
    // Intern repeated words: long texts repeat a small vocabulary, and sharing one string per word
    // keeps the token array small, so garbage collection stays linear at 100k words.
    const slice = text.slice(start, i);
    let entry = interned.get(slice);
    if (!entry) {
      let norm = slice.toLowerCase();
      if (curly && norm.includes('\u2019')) norm = norm.replaceAll('\u2019', "'");
      entry = [slice, norm];
      interned.set(slice, entry);
    }
    starts[count] = start;
    ends[count] = i;
    flags[count] = (joined ? COPY_TOKEN_JOINED : 0) | (alpha ? COPY_TOKEN_ALPHA : 0);
    raws.push(entry[0]);
    norms.push(entry[1]);
    count += 1;
    prevEnd = i;
  }
  return { length: count, starts, ends, raws, norms, flags };
}

/** Tokens as plain objects, for callers outside the hot path. */
export function tokenizeCopy(text: string): CopyToken[] {
  requireCopyString(text, 'text');
  return copyTokenList(tokenizeCopyColumns(text));
}

/** Materializes token `i` as an object (short-lived; fine outside tight loops). */
export function copyTokenAt(t: CopyTokens, i: number): CopyToken {
  const f = t.flags[i] ?? 0;
  return {
    start: t.starts[i] ?? 0,
    end: t.ends[i] ?? 0,
    raw: t.raws[i] ?? '',
    norm: t.norms[i] ?? '',
    joined: (f & COPY_TOKEN_JOINED) !== 0,
    alpha: (f & COPY_TOKEN_ALPHA) !== 0,
  };
}

export function copyTokenList(t: CopyTokens): CopyToken[] {
  const out: CopyToken[] = new Array(t.length);
  for (let i = 0; i < t.length; i++) out[i] = copyTokenAt(t, i);
  return out;
}

/** The matching key of a word: lower case, straight apostrophes. */
export function normalizeWord(raw: string): string {
  const lower = raw.toLowerCase();
  return lower.includes('\u2019') ? lower.replaceAll('\u2019', "'") : lower;
}
