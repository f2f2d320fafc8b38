/** Phrase matcher: word lists compiled once into a token trie, then matched in one pass over the tokens. */
import { requireCopyArray, requireCopyObject, requireCopyString } from './input.js';
import { COPY_TOKEN_JOINED, type CopyTokens, normalizeWord, tokenizeCopy } from './tokenize.js';

interface TrieNode<T> {
  next: Map<string, TrieNode<T>> | undefined;
  value: T | undefined;
}

export interface CopyPhraseMatcher<T> {
  readonly root: Map<string, TrieNode<T>>;
  readonly caseSensitive: boolean;
  readonly size: number;
}

export interface CopyMatcherOptions {
  /** Match the exact case of each entry (e.g. "TODO", "Best Buy"). Default false. */
  caseSensitive?: boolean;
  /** Also match simple plurals and third-person forms of the last word ("cure" → "cures"). Default true. */
  plurals?: boolean;
}

export interface CopyPhraseHit<T> {
  start: number;
  end: number;
  /** Index of the first token and one past the last. */
  first: number;
  last: number;
  value: T;
}

/** "cure" → cures; "box" → boxes; "remedy" → remedies. Irregular forms belong in the list itself. */
export function copyPluralForms(word: string): string[] {
  if (word.length < 2 || /\d$/.test(word)) return [];
  if (/(s|x|z|ch|sh)$/.test(word)) return [`${word}es`];
  if (/[^aeiou]y$/.test(word)) return [`${word.slice(0, -1)}ies`];
  return [`${word}s`];
}

/** Splits a phrase into keys exactly as the text tokenizer would. */
function phraseKeys(phrase: string, caseSensitive: boolean): string[] {
  return tokenizeCopy(phrase).map((t) => (caseSensitive ? t.raw.replaceAll('\u2019', "'") : t.norm));
}

/** Compiles `[phrase, value]` entries; the first entry for a phrase wins. */
export function compileCopyPhrases<T>(
  entries: Iterable<readonly [string, T]>,
  options: CopyMatcherOptions = {},
): CopyPhraseMatcher<T> {
  // Checked up front so a bad entry is a typed error naming it, not a crash halfway through building the trie.
  const list: unknown = entries;
  requireCopyArray(list, 'entries');
  // An index loop, not forEach: forEach skips the holes of a sparse array, which the loop below would then destructure.
  for (let i = 0; i < list.length; i++) {
    const entry: unknown = list[i];
    requireCopyArray(entry, `entries.${i}`);
    requireCopyString(entry[0], `entries.${i}.0`);
  }
  const opts: unknown = options;
  requireCopyObject(opts, 'options');
  const caseSensitive = options.caseSensitive ?? false;
  const plurals = options.plurals ?? true;
  const root = new Map<string, TrieNode<T>>();
  let size = 0;
  const insert = (keys: readonly string[], value: T) => {
    let level = root;
    let node: TrieNode<T> | undefined;
    for (const key of keys) {
      node = level.get(key);
      if (!node) {
        node = { next: undefined, value: undefined };
        level.set(key, node);
      }
      if (!node.next) node.next = new Map();
      level = node.next;
    }
    if (node && node.value === undefined) {
      node.value = value;
      size += 1;
    }
  };
  for (const [phrase, value] of entries) {
    const keys = phraseKeys(phrase, caseSensitive);
    if (keys.length === 0) continue;
    insert(keys, value);
    if (plurals) {
      const last = keys[keys.length - 1] ?? '';
      for (const form of copyPluralForms(last)) insert([...keys.slice(0, -1), form], value);
    }
  }
  return { root, caseSensitive, size };
}

/** Longest match at each token, left to right, non-overlapping. Linear in tokens × longest phrase. */
export function findCopyPhrases<T>(tokens: CopyTokens, matcher: CopyPhraseMatcher<T>): CopyPhraseHit<T>[] {
  requireCopyObject(tokens, 'tokens');
  requireCopyObject(matcher, 'matcher');
  const hits: CopyPhraseHit<T>[] = [];
  const { root, caseSensitive } = matcher;
  if (matcher.size === 0) return hits;
  const keys = caseSensitive ? tokens.raws : tokens.norms;
  const { flags, starts, ends } = tokens;
  const n = tokens.length;
  for (let i = 0; i < n; ) {
    let level: Map<string, TrieNode<T>> | undefined = root;
    let best = -1;
    let bestValue: T | undefined;
    for (let j = i; j < n && level; j++) {
      if (j > i && ((flags[j] ?? 0) & COPY_TOKEN_JOINED) === 0) break;
      const node: TrieNode<T> | undefined = level.get(keys[j] as string);
      if (!node) break;
      if (node.value !== undefined) {
        best = j;
        bestValue = node.value;
      }
      level = node.next;
    }
    if (best >= 0 && bestValue !== undefined) {
      hits.push({ start: starts[i] ?? 0, end: ends[best] ?? 0, first: i, last: best + 1, value: bestValue });
      i = best + 1;
    } else i += 1;
  }
  return hits;
}

/** Normalizes a phrase for set lookups (allow-lists): words only, lower case, single spaces. */
export function copyPhraseKey(phrase: string): string {
  return tokenizeCopy(phrase)
    .map((t) => normalizeWord(t.raw))
    .join(' ');
}
