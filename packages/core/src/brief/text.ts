/** Text helpers for brief rules: word tokens and the strings of a parsed brief, with their field paths. */
import { type DetectPlaceholdersOptions, detectPlaceholders } from '../detect/placeholders.js';

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’+-]*/gu;

/** Lower-cased word tokens (letters, digits, inner hyphens and apostrophes). Linear, no backtracking. */
export function words(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

/**
 * Calls `visit(text, path)` for every non-empty string inside `value`, depth-first. `path()` builds the dotted
 * path (under `prefix`) only when asked, so scanning a clean brief allocates nothing.
 */
export function forEachString(
  value: unknown,
  prefix: string,
  visit: (text: string, path: () => string) => void,
  segments: (string | number)[] = [],
): void {
  if (typeof value === 'string') {
    if (value !== '') visit(value, () => [prefix, ...segments].join('.'));
  } else if (segments.length >= 8 || typeof value !== 'object' || value === null) {
    return;
  } else if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      segments.push(i);
      forEachString(value[i], prefix, visit, segments);
      segments.pop();
    }
  } else {
    for (const key of Object.keys(value)) {
      segments.push(key);
      forEachString((value as Record<string, unknown>)[key], prefix, visit, segments);
      segments.pop();
    }
  }
}

/** Clips a string for evidence and messages. */
export function clip(text: string, max = 60): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/**
 * The first placeholder marker in `text` ("TBD", "lorem ipsum", "[insert …]", "[Product Name]", "{{…}}", "???"), as
 * the shared `detectPlaceholders` finds it, so a brief and its copy agree. `mergeTagsFilledAtSend` for e-mail and SMS
 * briefs, where `{{first_name}}` is personalisation.
 */
export function findPlaceholder(text: string, options: DetectPlaceholdersOptions = {}): string | undefined {
  return detectPlaceholders(text, options)[0]?.text;
}
