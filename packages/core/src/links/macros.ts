/** Ad-platform macros: a linear tokenizer that finds macro tokens in a value, and checks against the catalog. */
import { campaignInputError } from './errors.js';
import { type CampaignMacroPlatformId, campaignMacros } from './macro-catalog.js';

export interface CampaignMacroToken {
  start: number;
  end: number;
  text: string;
}

const MAY_HOLD = /\{|__|\*\||\[\*/;

/** True when the text may hold a macro: a cheap pre-check before tokenizing. */
export function mayHoldCampaignMacro(text: string): boolean {
  return MAY_HOLD.test(text);
}

// The token grammar, scanned by hand so it stays linear and fast (no regex engine in the hot path):
//   {{…}}   1–200 chars, no braces, `#`, `&` or control characters    (Meta, Klaviyo)
//   {name}  a letter or `_`, then up to 120 chars without braces, whitespace, `#`, `&` (ValueTrack, Microsoft, Pinterest)
//   __NAME__  runs of A–Z/0–9 joined by single `_`                       (TikTok)
//   *|TAG|*   1–100 of A–Z, a–z, 0–9, `_`, `:`                            (Mailchimp)
//   [*Name*]  1–100 chars without `]`, `*`, `#`, `&` or control characters (SA360)
// `#` and `&` are excluded so a token written verbatim can never end the query or split a pair.
const isUpperOrDigit = (c: number) => (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
const isWordStart = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
const isSpace = (c: number) =>
  c <= 32 ||
  c === 0xa0 ||
  c === 0x1680 ||
  (c >= 0x2000 && c <= 0x200a) ||
  c === 0x2028 ||
  c === 0x2029 ||
  c === 0x202f ||
  c === 0x205f ||
  c === 0x3000 ||
  c === 0xfeff;

/** The end of the macro token starting at `i`, or −1 when none starts there. */
function tokenEnd(text: string, i: number): number {
  const n = text.length;
  const c = text.charCodeAt(i);
  if (c === 123) {
    // '{'
    if (text.charCodeAt(i + 1) === 123) {
      let j = i + 2;
      while (j < n && j - i - 2 <= 200) {
        const d = text.charCodeAt(j);
        if (d === 123 || d === 125 || d === 35 || d === 38 || d < 32) break;
        j++;
      }
      const len = j - i - 2;
      return len >= 1 && len <= 200 && text.charCodeAt(j) === 125 && text.charCodeAt(j + 1) === 125 ? j + 2 : -1;
    }
    if (!isWordStart(text.charCodeAt(i + 1))) return -1;
    let j = i + 2;
    while (j < n && j - i - 2 <= 120) {
      const d = text.charCodeAt(j);
      if (d === 123 || d === 125 || d === 35 || d === 38 || isSpace(d)) break;
      j++;
    }
    return j - i - 2 <= 120 && text.charCodeAt(j) === 125 ? j + 1 : -1;
  }
  if (c === 95) {
    // '__NAME__'
    if (text.charCodeAt(i + 1) !== 95 || !isUpperOrDigit(text.charCodeAt(i + 2))) return -1;
    let j = i + 2;
    for (;;) {
      while (j < n && isUpperOrDigit(text.charCodeAt(j))) j++;
      if (text.charCodeAt(j) !== 95) return -1;
      if (text.charCodeAt(j + 1) === 95) return j + 2;
      if (!isUpperOrDigit(text.charCodeAt(j + 1))) return -1;
      j++;
    }
  }
  if (c === 42) {
    // '*|TAG|*'
    if (text.charCodeAt(i + 1) !== 124) return -1;
    let j = i + 2;
    while (j < n && j - i - 2 <= 100) {
      const d = text.charCodeAt(j);
      if (!(isWordStart(d) || (d >= 48 && d <= 58))) break;
      j++;
    }
    const len = j - i - 2;
    return len >= 1 && len <= 100 && text.charCodeAt(j) === 124 && text.charCodeAt(j + 1) === 42 ? j + 2 : -1;
  }
  if (c === 91) {
    // '[*Name*]'
    if (text.charCodeAt(i + 1) !== 42) return -1;
    let j = i + 2;
    while (j < n && j - i - 2 <= 100) {
      const d = text.charCodeAt(j);
      if (d === 93 || d === 42 || d === 35 || d === 38 || d < 32) break;
      j++;
    }
    const len = j - i - 2;
    return len >= 1 && len <= 100 && text.charCodeAt(j) === 42 && text.charCodeAt(j + 1) === 93 ? j + 2 : -1;
  }
  return -1;
}

/** Every macro token in `text`, leftmost first, with `[start, end)` offsets. */
export function findCampaignMacros(text: string): CampaignMacroToken[] {
  if (typeof text !== 'string') throw campaignInputError('text', text, 'a string');
  if (!mayHoldCampaignMacro(text)) return [];
  const out: CampaignMacroToken[] = [];
  const n = text.length;
  for (let i = 0; i < n; ) {
    const end = tokenEnd(text, i);
    if (end === -1) {
      i++;
      continue;
    }
    out.push({ start: i, end, text: text.slice(i, end) });
    i = end;
  }
  return out;
}

/** Splits text into literal and macro pieces, in order (macros are odd-free: each piece says what it is). */
export function splitCampaignMacros(text: string): { text: string; macro: boolean }[] {
  const tokens = findCampaignMacros(text);
  if (tokens.length === 0) return [{ text, macro: false }];
  const out: { text: string; macro: boolean }[] = [];
  let at = 0;
  for (const t of tokens) {
    if (t.start > at) out.push({ text: text.slice(at, t.start), macro: false });
    out.push({ text: t.text, macro: true });
    at = t.end;
  }
  if (at < text.length) out.push({ text: text.slice(at), macro: false });
  return out;
}

const byId = new Map(campaignMacros.map((p) => [p.id, p]));
let tokenSets: Map<CampaignMacroPlatformId, Set<string>> | undefined;

/** True when the platform substitutes this exact token (listed, or in one of its open families). */
export function isKnownCampaignMacro(token: string, platform: CampaignMacroPlatformId): boolean {
  tokenSets ??= new Map(campaignMacros.map((p) => [p.id, new Set(p.macros.map((x) => x.token))]));
  if (tokenSets.get(platform)?.has(token)) return true;
  return byId.get(platform)?.accepts?.test(token) ?? false;
}

export interface MalformedMacro {
  start: number;
  end: number;
  text: string;
  reason: string;
}

const TIKTOK = new Set(campaignMacros.find((p) => p.id === 'tiktok')?.macros.map((x) => x.token));

/**
 * Leftover macro syntax outside well-formed tokens: a stray brace, an unclosed `*|`/`[*`, a TikTok-style
 * token with a missing underscore. Also flags `__X__` tokens TikTok does not know (typos circulate).
 */
export function findMalformedCampaignMacros(text: string): MalformedMacro[] {
  if (typeof text !== 'string') throw campaignInputError('text', text, 'a string');
  if (!MACRO_SYNTAX.test(text)) return [];
  const out: MalformedMacro[] = [];
  let at = 0;
  for (const token of findCampaignMacros(text)) {
    scanLeftovers(text, at, token.start, out);
    if (token.text.startsWith('__') && !TIKTOK.has(token.text)) {
      out.push({ ...token, reason: 'not a TikTok macro (check the spelling)' });
    }
    at = token.end;
  }
  scanLeftovers(text, at, text.length, out);
  return out;
}

const MACRO_SYNTAX = /[{}|[\]]|\*[|\]]|__/;
const isUpper = (s: string) => s >= 'A' && s <= 'Z';

/** Macro syntax left in `text[from, to)`, outside any well-formed token. */
function scanLeftovers(text: string, from: number, to: number, out: MalformedMacro[]): void {
  for (let i = from; i < to; i++) {
    const c = text[i];
    const next = text[i + 1];
    if (c === '{' || c === '}') out.push({ start: i, end: i + 1, text: c, reason: 'unbalanced brace' });
    else if ((c === '*' && next === '|') || (c === '|' && next === '*') || (c === '[' && next === '*')) {
      out.push({ start: i, end: i + 2, text: c + next, reason: 'unclosed macro' });
      i++;
    } else if (c === '*' && next === ']' && i + 2 <= to) {
      out.push({ start: i, end: i + 2, text: '*]', reason: 'unopened macro' });
      i++;
    } else if (c === '_' && next === '_' && i + 1 < to) {
      if ((isUpper(text[i + 2] ?? '') && i + 2 < to) || (isUpper(text[i - 1] ?? '') && i > from)) {
        out.push({ start: i, end: i + 2, text: '__', reason: 'unclosed TikTok-style macro' });
      }
      i++;
    }
  }
}
