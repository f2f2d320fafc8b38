/** Scanners for non-word patterns copy alone needs (URLs, prices, ASINs, emoji, HTML); every pattern is bounded, so linear. */

export interface CopySpan {
  start: number;
  end: number;
  text: string;
}

/** Runs a global regex and collects spans. Patterns here have no nested or unbounded overlapping quantifiers. */
export function scanCopy(text: string, re: RegExp, limit = 500): CopySpan[] {
  const out: CopySpan[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (m[0].length === 0) {
      re.lastIndex += 1;
      continue;
    }
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
    if (out.length >= limit) break;
  }
  return out;
}

export const COPY_PATTERNS = {
  url: /\bhttps?:\/\/[^\s<>"']{1,2048}|\bwww\.[a-z0-9-]{1,63}\.[a-z]{2,24}[^\s<>"']{0,2048}|\b[a-z0-9-]{2,63}\.(?:com|net|org|io|co|shop|store|us|uk|de)\b(?![.\w-])/gi,
  price:
    /[$€£¥]\s?\d{1,9}(?:[.,]\d{3}){0,3}(?:[.,]\d{1,2})?\b|\b\d{1,9}(?:\.\d{2})?\s?(?:USD|EUR|GBP|dollars)\b|\b\d{1,3}\s?%\s?off\b/gi,
  asin: /\bB0[A-Z0-9]{8}\b/g,
  /** Emoji; ©, ® and ™ are pictographic in Unicode but are trademark signs, handled as symbols. */
  emoji: /(?![\u00a9\u00ae\u2122])\p{Extended_Pictographic}/gu,
  html: /<\/?[a-z][a-z0-9]{0,15}(?:\s[^<>\n]{0,200})?\/?>|&(?:nbsp|amp|lt|gt|quot|#\d{1,6}|#x[0-9a-f]{1,6});/gi,
} as const;

/** True if the span lies inside any of `spans` (sorted or not). */
export function insideAny(
  span: { start: number; end: number },
  spans: readonly { start: number; end: number }[],
): boolean {
  for (const s of spans) if (s.start <= span.start && span.end <= s.end) return true;
  return false;
}

/** Spans from one matcher are sorted and disjoint, so the candidate is the last span starting before `hit.end`. */
export function overlapsSorted(
  hit: { start: number; end: number },
  spans: readonly { start: number; end: number }[],
): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((spans[mid] as { start: number }).start < hit.end) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found >= 0 && (spans[found] as { end: number }).end > hit.start;
}
