/** Scanners for non-word patterns (URLs, e-mails, phones, prices, merge tags, emoji, HTML); every pattern is bounded, so linear. */

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
  email: /\b[a-z0-9._%+-]{1,64}@[a-z0-9-]{1,63}\.[a-z0-9.-]{2,63}\b/gi,
  phone: /(?:\+?1[ .-])?(?:\(\d{3}\)|\b\d{3})[ .-]\d{3}[ .-]\d{4}\b|\+\d{1,3}[ .-]\d{2,4}[ .-]\d{3,4}[ .-]\d{3,4}\b/g,
  price:
    /[$€£¥]\s?\d{1,9}(?:[.,]\d{3}){0,3}(?:[.,]\d{1,2})?\b|\b\d{1,9}(?:\.\d{2})?\s?(?:USD|EUR|GBP|dollars)\b|\b\d{1,3}\s?%\s?off\b/gi,
  /** [Product Name], {{first_name}}, {name}, *|FNAME|*, %%FirstName%%, <insert …>, ${var}. */
  mergeTag:
    /\{\{[^{}\n]{0,80}\}\}|\$\{[^{}\n]{1,80}\}|\*\|[A-Za-z0-9_:-]{1,40}\|\*|%%[A-Za-z0-9_ .:-]{1,60}%%|<(?:insert|enter|add|your|put)\b[^<>\n]{0,80}>|\{[a-z_]{2,40}\}/gi,
  /** Square brackets; `isPlaceholderBracket` decides whether the inside reads like a template slot. */
  bracket: /\[[^[\]\n]{1,80}\]/g,
  /** XX%, $XX, XXX-XXXX style filler. */
  filler: /(?<![\w])(?:\$\s?X{2,}|X{2,}\s?%|X{3,})(?![\w])/g,
  lorem: /\blorem ipsum\b|\bdolor sit amet\b/gi,
  asin: /\bB0[A-Z0-9]{8}\b/g,
  /** Emoji; ©, ® and ™ are pictographic in Unicode but are trademark signs, handled as symbols. */
  emoji: /(?![\u00a9\u00ae\u2122])\p{Extended_Pictographic}/gu,
  html: /<\/?[a-z][a-z0-9]{0,15}(?:\s[^<>\n]{0,200})?\/?>|&(?:nbsp|amp|lt|gt|quot|#\d{1,6}|#x[0-9a-f]{1,6});/gi,
  /** "#1", "No. 1", "number one", "No.1". */
  numberOne: /#\s?1\b|\bno\.\s?1\b|\bnumber one\b/gi,
  made: /\bmade in (?:the )?(?:usa|u\.s\.a?\.?|america|united states)(?![\w])/gi,
} as const;

/** True if the span lies inside any of `spans` (sorted or not). */
export function insideAny(
  span: { start: number; end: number },
  spans: readonly { start: number; end: number }[],
): boolean {
  for (const s of spans) if (s.start <= span.start && span.end <= s.end) return true;
  return false;
}

const SLOT_WORDS =
  /\b(?:insert|name|product|brand|company|keyword|benefit|feature|link|url|price|date|city|here|tbd|todo|placeholder|xx+)\b/i;

/** "[Product Name]" and "[insert benefit]" are template slots; "[2 pack]" and "[sic]" are not. */
export function isPlaceholderBracket(span: string): boolean {
  return SLOT_WORDS.test(span);
}

/** Every unfilled template marker in the text, in order. */
export function scanCopyPlaceholders(text: string): CopySpan[] {
  const tags = scanCopy(text, COPY_PATTERNS.mergeTag);
  for (const b of scanCopy(text, COPY_PATTERNS.bracket)) if (isPlaceholderBracket(b.text)) tags.push(b);
  return tags.sort((a, b) => a.start - b.start);
}
