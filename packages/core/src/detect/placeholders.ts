/** The one placeholder detector (unfilled slots, merge tags, filler, to-do markers) that briefs and copy both call. */

/**
 * - `merge-tag`: `{{first_name}}`, `*|FNAME|*`, `%%FirstName%%`, `${name}`, `{name}`: a sending platform fills it, so
 *   it is a placeholder-to-fill everywhere except e-mail and SMS copy (see `isFilledAtSend`);
 * - `slot`: `[Product Name]`, `[insert benefit]`, `<your name>`: a writer must fill it;
 * - `filler`: `XX%`, `$XX`, `XXX`;
 * - `lorem`: lorem ipsum;
 * - `todo`: TBD, TBC, TBA, FIXME, TODO, NA, COPY PENDING, PLACEHOLDER;
 * - `pending`: "n/a", "to be determined", "copy pending", "insert here"…;
 * - `unknown`: `???`.
 */
export type PlaceholderKind = 'merge-tag' | 'slot' | 'filler' | 'lorem' | 'todo' | 'pending' | 'unknown';

export interface PlaceholderHit {
  kind: PlaceholderKind;
  /** `[start, end)` in UTF-16 offsets into the text. */
  range: [number, number];
  text: string;
}

export interface DetectPlaceholdersOptions {
  /**
   * True where a sending platform fills merge tags (e-mail and SMS copy, an e-mail-flow brief): merge tags are then
   * personalisation, not unfinished text, and are left out. Default false.
   */
  mergeTagsFilledAtSend?: boolean;
}

// Every pattern below is an alternation of literals or a bounded negated class, so each is linear.
const MERGE_TAG = /\{\{[^{}\n]{0,80}\}\}|\$\{[^{}\n]{1,80}\}|\*\|[A-Za-z0-9_:-]{1,40}\|\*|%%[A-Za-z0-9_ .:-]{1,60}%%/g;
/** `{name}` with a lower-case identifier is a template variable; `{2}` or `{ }` are not. */
const SINGLE_BRACE_TAG = /\{[a-z_]{2,40}\}/gi;
const ANGLE_SLOT = /<(?:insert|enter|add|your|put)\b[^<>\n]{0,80}>/gi;
const BRACKET = /\[[^[\]\n]{1,80}\]/g;
/** Words that make a bracketed span a slot: "[Product Name]", "[insert benefit]"; "[2 pack]" and "[sic]" are not. */
const SLOT_WORDS =
  /\b(?:insert|add|your|fill|enter|name|product|brand|company|keyword|benefit|feature|link|url|price|date|city|here|tbd|todo|placeholder|xx+)\b/i;
const FILLER = /(?<![\w])(?:\$\s?X{2,}|X{2,}\s?%|X{3,})(?![\w])/g;
const LOREM = /\blorem ipsum\b|\bdolor sit amet\b/gi;
/** Case-insensitive markers: not words in any language revloop meets. */
const TODO_ANY_CASE = /(?<![\p{L}\p{N}])(?:tbd|tbc|tba|fixme)(?![\p{L}\p{N}])/giu;
/** Capital-only markers: "todo" is Spanish for "all", "na" and "placeholder" are words, "NA" written in capitals is the marker. */
const TODO_CAPS = /(?<![\p{L}\p{N}])(?:TODO|NA|COPY[ -]PENDING|PLACEHOLDER)(?![\p{L}\p{N}])/gu;
const PENDING =
  /(?<![\p{L}\p{N}])(?:n\/a|to be (?:decided|determined|confirmed)|copy pending|not applicable|insert here|text here)(?![\p{L}\p{N}])/giu;
/** "???" standing for an answer ("Price: ???"); after a word ("Really???") it is punctuation, left to formatting rules. */
const UNKNOWN = /(?<![\p{L}\p{N}])\?{3,}/gu;

function scan(text: string, re: RegExp, kind: PlaceholderKind, out: PlaceholderHit[], keep?: (s: string) => boolean) {
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    if (!keep || keep(m[0])) out.push({ kind, range: [m.index, m.index + m[0].length], text: m[0] });
  }
  re.lastIndex = 0;
}

/**
 * Every placeholder in `text`, in text order; a hit inside another (a "TBD" inside "[TBD]") is dropped so one marker
 * gives one finding. Linear in the length of `text`.
 */
export function detectPlaceholders(text: string, options: DetectPlaceholdersOptions = {}): PlaceholderHit[] {
  if (typeof text !== 'string' || text === '') return [];
  const all: PlaceholderHit[] = [];
  if (!options.mergeTagsFilledAtSend) {
    if (text.includes('{') || text.includes('|*') || text.includes('%%')) {
      scan(text, MERGE_TAG, 'merge-tag', all);
      scan(text, SINGLE_BRACE_TAG, 'merge-tag', all);
    }
  }
  if (text.includes('<')) scan(text, ANGLE_SLOT, 'slot', all);
  if (text.includes('[')) scan(text, BRACKET, 'slot', all, (s) => SLOT_WORDS.test(s));
  if (text.includes('X')) scan(text, FILLER, 'filler', all);
  scan(text, LOREM, 'lorem', all);
  scan(text, TODO_ANY_CASE, 'todo', all);
  scan(text, TODO_CAPS, 'todo', all);
  scan(text, PENDING, 'pending', all);
  if (text.includes('???')) scan(text, UNKNOWN, 'unknown', all);
  all.sort((a, b) => a.range[0] - b.range[0] || b.range[1] - a.range[1]);
  const out: PlaceholderHit[] = [];
  let coveredTo = -1;
  for (const hit of all) {
    if (hit.range[1] <= coveredTo) continue;
    out.push(hit);
    coveredTo = hit.range[1];
  }
  return out;
}
