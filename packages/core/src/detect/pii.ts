/** The one PII detector (e-mail addresses, phone numbers) that copy, links and any other module call, so they agree. */

export type PiiKind = 'email' | 'phone';

export interface PiiHit {
  kind: PiiKind;
  /** `[start, end)` in UTF-16 offsets into the text. */
  range: [number, number];
  text: string;
}

/**
 * E-mail: a bounded local part, `@`, then 0–7 dot-separated labels and a letter-only TLD. Every repeat is bounded and
 * the pieces cannot overlap (`@` and `.` separate them), so a start position costs O(64 + 8 × 64) at most: linear.
 * Global, for a sticky scan loop; `detectPii` resets `lastIndex` before use.
 */
export const PII_EMAIL_PATTERN =
  /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]{1,64}@[A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){0,7}\.[A-Za-z]{2,24}(?![A-Za-z0-9-])/g;

/**
 * Phone: international `+` and 9–15 digits (E.164 allows 15) with at most two of ` .()-` between digits, or a North
 * American `(555) 123-4567` / `555-123-4567` / `555.123.4567`, optionally with a leading `1 `. Bare digit runs
 * (order ids, Meta ad ids, dates) are not phones: a phone needs separators or a `+`. Separator and digit classes are
 * disjoint and repeats bounded, so each start position costs O(15): linear.
 */
export const PII_PHONE_PATTERN =
  /(?<![\d+])\+\d(?:[ .()-]{0,2}\d){8,14}(?![ .()-]{0,2}\d)|(?<![\d+])(?:1[ .-])?(?:\(\d{3}\)[ .-]?|\d{3}[ .-])\d{3}[ .-]\d{4}(?![\d])/g;

function scan(text: string, re: RegExp, kind: PiiKind, out: PiiHit[]): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push({ kind, range: [m.index, m.index + m[0].length], text: m[0] });
  }
  re.lastIndex = 0;
}

/** True when the text has at least `n` ASCII digits; most strings have fewer than a phone needs, so this skips the regex. */
function hasDigits(text: string, n: number): boolean {
  let digits = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57 && ++digits >= n) return true;
  }
  return false;
}

/** Every e-mail address and phone number in `text`, in text order. Linear in the length of `text`. */
export function detectPii(text: string): PiiHit[] {
  if (typeof text !== 'string' || text === '') return [];
  const out: PiiHit[] = [];
  if (text.includes('@')) scan(text, PII_EMAIL_PATTERN, 'email', out);
  if (hasDigits(text, 9)) {
    const phones: PiiHit[] = [];
    scan(text, PII_PHONE_PATTERN, 'phone', phones);
    // A digit run inside an e-mail address ("+4915112345678@x.de") is part of the address, not a second finding.
    for (const p of phones) if (!out.some((e) => e.range[0] <= p.range[0] && p.range[1] <= e.range[1])) out.push(p);
  }
  return out.sort((a, b) => a.range[0] - b.range[0]);
}
