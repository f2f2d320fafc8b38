/** Embedded JSON: cut one balanced JSON value out of a script's text, without regex backtracking. */

/**
 * Returns the JSON array or object that starts at the first `[` or `{` at or after `from`, or null.
 * Scans once, tracking strings and escapes, and gives up after `maxChars`.
 */
export function sliceJsonValue(text: string, from: number, maxChars = 2_000_000): string | null {
  let start = -1;
  for (let i = from; i < text.length && i < from + 200; i++) {
    const c = text[i];
    if (c === '[' || c === '{') {
      start = i;
      break;
    }
  }
  if (start < 0) return null;
  let depth = 0;
  let quote: string | null = null;
  const end = Math.min(text.length, start + maxChars);
  for (let i = start; i < end; i++) {
    const c = text[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = null;
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === '[' || c === '{') depth++;
    else if (c === ']' || c === '}') {
      depth--;
      if (depth === 0) return text.slice(start, i + 1);
    }
  }
  return null;
}
