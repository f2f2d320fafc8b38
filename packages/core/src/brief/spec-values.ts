/** Format spec values as marketers write them: durations ("30s", "0:30", "2 min") and counts ("1,200 words"). */

/** Longer strings are not a duration or a count anyone writes; refusing them keeps each parse bounded. */
export const MAX_SPEC_VALUE_CHARS = 64;

/** Seconds per duration unit, by the spellings briefs use. */
const UNIT_SECONDS: Readonly<Record<string, number>> = {
  s: 1,
  sec: 1,
  secs: 1,
  second: 1,
  seconds: 1,
  m: 60,
  min: 60,
  mins: 60,
  minute: 60,
  minutes: 60,
  h: 3600,
  hr: 3600,
  hrs: 3600,
  hour: 3600,
  hours: 3600,
};

const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
const isLetter = (c: string | undefined): boolean => c !== undefined && c >= 'a' && c <= 'z';
const isSpace = (c: string | undefined): boolean => c === ' ' || c === '\t';

/** Milliseconds are the finest step a brief means; rounding keeps "0.1 min" at 6, not 6.000000000000001. */
const roundMs = (seconds: number): number => Math.round(seconds * 1000) / 1000;

/** `H:MM:SS` or `M:SS` (minutes unbounded, seconds and inner minutes two digits below 60). */
function parseClock(text: string): number | undefined {
  const parts = text.split(':');
  if (parts.length > 3) return undefined;
  let total = 0;
  for (const [i, part] of parts.entries()) {
    if (part === '') return undefined;
    for (const c of part) if (!isDigit(c)) return undefined;
    const n = Number(part);
    if (i > 0 && (part.length !== 2 || n >= 60)) return undefined;
    total = total * 60 + n;
  }
  return total;
}

/**
 * Number-and-unit terms, largest unit first: "30s", "2 min", "1.5 minutes", "1m30s", "1 h 2 min 3 s". A bare number
 * ("30") is seconds. One pass over the characters, no regex.
 */
function parseTerms(text: string): number | undefined {
  let i = 0;
  let total = 0;
  let terms = 0;
  let lastUnit = Number.POSITIVE_INFINITY;
  let bare = false;
  while (i < text.length) {
    while (isSpace(text[i])) i++;
    if (i >= text.length) break;
    const numberStart = i;
    while (isDigit(text[i])) i++;
    if (text[i] === '.') {
      i++;
      while (isDigit(text[i])) i++;
    }
    const digits = text.slice(numberStart, i);
    if (digits === '' || digits === '.' || digits.endsWith('.') || digits.startsWith('.')) return undefined;
    while (isSpace(text[i])) i++;
    const unitStart = i;
    while (isLetter(text[i])) i++;
    const unit = text.slice(unitStart, i);
    terms++;
    if (unit === '') {
      // A bare number is seconds, and only alone ("30", not "1 min 30").
      bare = true;
      total += Number(digits);
      continue;
    }
    const seconds = Object.hasOwn(UNIT_SECONDS, unit) ? UNIT_SECONDS[unit] : undefined;
    if (seconds === undefined || seconds >= lastUnit) return undefined;
    lastUnit = seconds;
    total += Number(digits) * seconds;
  }
  if (terms === 0 || (bare && terms > 1)) return undefined;
  return total;
}

/**
 * A duration in seconds: a finite number as given, or a string such as "30", "30s", "30 sec", "0:30", "1:02:03",
 * "2 min", "1.5 minutes" or "1m 30s". Anything else (and any other type) is undefined. Never throws; linear in the
 * input, which is refused past `MAX_SPEC_VALUE_CHARS`.
 */
export function parseDurationSec(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value !== 'string' || value.length > MAX_SPEC_VALUE_CHARS) return undefined;
  const text = value.trim().toLowerCase();
  if (text === '') return undefined;
  const seconds = text.includes(':') ? parseClock(text) : parseTerms(text);
  return seconds === undefined || !Number.isFinite(seconds) ? undefined : roundMs(seconds);
}

/**
 * A whole count: a non-negative integer, or a string such as "1200", "1,200", "4 images" or "1,200 words" (any one
 * trailing word). Anything else (and any other type) is undefined. Never throws; linear in the input.
 */
export function parseSpecCount(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isInteger(value) && value >= 0 ? value : undefined;
  if (typeof value !== 'string' || value.length > MAX_SPEC_VALUE_CHARS) return undefined;
  const text = value.trim().toLowerCase();
  let i = 0;
  let digits = '';
  while (isDigit(text[i])) {
    digits += text[i];
    i++;
  }
  let group = digits.length;
  if (group === 0) return undefined;
  // Thousands separators: "1,200" and "12,000,000", each group exactly three digits.
  while (text[i] === ',' && isDigit(text[i + 1])) {
    if (group > 3 && digits.length === group) return undefined;
    let run = 0;
    i++;
    while (isDigit(text[i])) {
      digits += text[i];
      run++;
      i++;
    }
    if (run !== 3) return undefined;
    group = run;
  }
  const numberEnd = i;
  while (isSpace(text[i])) i++;
  if (i > numberEnd || i < text.length) {
    while (isLetter(text[i])) i++;
  }
  if (i < text.length) return undefined;
  const n = Number(digits);
  return Number.isSafeInteger(n) ? n : undefined;
}
