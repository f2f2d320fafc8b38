/** HTML strings from page data (JSON-LD, Shopify body_html, Walmart idml) to text in one linear pass, never a regex. */

/**
 * Characters of one field's HTML that are scanned; the rest is ignored. Real descriptions are a few kB
 * (Shopify themes with inline styles reach ~50 kB); the bound keeps a hostile field to one short scan.
 */
export const HTML_FIELD_MAX_CHARS = 200_000;
/** Characters of text `htmlToText` returns at most (listing fields are capped lower, see `LISTING_LIMITS`). */
export const HTML_TEXT_MAX_CHARS = 100_000;

/** Tags that separate words: `a<br>b`, `<li>a</li><li>b</li>` and `<p>a</p>b` read as "a b". Inline tags join. */
const BREAK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'br',
  'dd',
  'div',
  'dl',
  'dt',
  'figcaption',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'td',
  'th',
  'tr',
  'ul',
]);

/** Elements whose content is never text: skipped up to their closing tag. */
const SKIPPED_CONTENT = new Set(['script', 'style', 'template', 'noscript']);

/** The entities product copy uses; anything else is kept as written. */
const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  bull: '•',
  middot: '·',
  trade: '™',
  reg: '®',
  copy: '©',
  deg: '°',
  times: '×',
  frac12: '½',
  frac14: '¼',
  frac34: '¾',
  euro: '€',
  pound: '£',
  cent: '¢',
  yen: '¥',
};

/** The longest entity we decode (`&#x10FFFF;` is 10 characters); bounds the look-ahead per `&`. */
const MAX_ENTITY = 10;

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isNameChar(code: number): boolean {
  return isAsciiLetter(code) || (code >= 48 && code <= 57) || code === 45 || code === 58 || code === 95;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 12 || code === 13;
}

/** One entity starting at `amp` (`&name;`, `&#65;`, `&#x41;`), or null when it is not one we know. */
function entityAt(text: string, amp: number): { value: string; end: number } | null {
  const limit = Math.min(text.length, amp + MAX_ENTITY + 1);
  let semi = -1;
  for (let k = amp + 1; k < limit; k++) {
    if (text.charCodeAt(k) === 59) {
      semi = k;
      break;
    }
  }
  if (semi < 0) return null;
  const body = text.slice(amp + 1, semi);
  if (body.charCodeAt(0) === 35) {
    const hex = body[1] === 'x' || body[1] === 'X';
    const digits = body.slice(hex ? 2 : 1);
    if (!digits || !(hex ? /^[0-9a-fA-F]+$/ : /^[0-9]+$/).test(digits)) return null;
    const code = Number.parseInt(digits, hex ? 16 : 10);
    const valid = code > 0 && code <= 0x10ffff && (code < 0xd800 || code > 0xdfff);
    return { value: valid ? String.fromCodePoint(code) : '\uFFFD', end: semi + 1 };
  }
  const named = NAMED_ENTITIES[body] ?? NAMED_ENTITIES[body.toLowerCase()];
  return named === undefined ? null : { value: named, end: semi + 1 };
}

/** Decodes the entities of one text run; each `&` looks ahead at most `MAX_ENTITY` characters. */
export function decodeEntities(text: string): string {
  let amp = text.indexOf('&');
  if (amp < 0) return text;
  let out = '';
  let from = 0;
  while (amp >= 0) {
    const entity = entityAt(text, amp);
    if (entity) {
      out += text.slice(from, amp) + entity.value;
      from = entity.end;
    }
    amp = text.indexOf('&', entity ? entity.end : amp + 1);
  }
  return out + text.slice(from);
}

/** What the scanner reports: text runs (raw, entities undecoded) and tags by lower-case name; `tag` may stop the scan. */
export interface HtmlVisitor {
  text?(run: string): void;
  // biome-ignore lint/suspicious/noConfusingVoidType: a visitor that never stops returns nothing.
  tag(name: string, closing: boolean, selfClosing: boolean): boolean | void;
}

export interface ScanHtmlOptions {
  /** Characters scanned; the rest is ignored (default `HTML_FIELD_MAX_CHARS`). */
  maxChars?: number;
  /** Elements whose content is skipped up to their closing tag (default: script, style, template, noscript). */
  rawText?: ReadonlySet<string>;
}

/**
 * The index just past the `>` that ends the tag whose name ends at `from`, or -1 when the tag never ends.
 * Quotes only count after `=` (as in the HTML tokenizer), and each is closed with one `indexOf`, so every
 * character is looked at once.
 */
function tagEnd(html: string, from: number): number {
  const n = html.length;
  let j = from;
  while (j < n) {
    const code = html.charCodeAt(j);
    if (code === 62) return j + 1;
    j++;
    if (code !== 61) continue;
    while (j < n && isSpace(html.charCodeAt(j))) j++;
    const quote = html.charCodeAt(j);
    if (quote === 34 || quote === 39) {
      const close = html.indexOf(quote === 34 ? '"' : "'", j + 1);
      if (close < 0) return -1;
      j = close + 1;
    }
  }
  return -1;
}

/** The start of `</name` at or after `from`, compared without case, or -1. */
function closingTagAt(html: string, name: string, from: number): number {
  let k = html.indexOf('</', from);
  while (k >= 0) {
    if (
      html.slice(k + 2, k + 2 + name.length).toLowerCase() === name &&
      !isNameChar(html.charCodeAt(k + 2 + name.length))
    ) {
      return k;
    }
    k = html.indexOf('</', k + 2);
  }
  return -1;
}

/**
 * Walks `html` once (at most `maxChars` of it). `<` starts a tag only before a letter, `/`
 * or `!`, as in browsers; otherwise it is text (`a < b`, `<3`). An unterminated tag, comment or script
 * ends the scan (a browser drops the rest too). Every search moves forward, so the work is linear.
 */
export function scanHtml(input: string, visit: HtmlVisitor, options: ScanHtmlOptions = {}): void {
  const max = options.maxChars ?? HTML_FIELD_MAX_CHARS;
  const rawText = options.rawText ?? SKIPPED_CONTENT;
  const html = input.length > max ? input.slice(0, max) : input;
  const n = html.length;
  // Text runs from `textStart`; a literal `<` stays inside the run (one report for `<<<…`, not one per `<`).
  let textStart = 0;
  let i = 0;
  const flush = (end: number) => {
    if (end > textStart) visit.text?.(html.slice(textStart, end));
  };
  while (i < n) {
    // A charCodeAt loop, not indexOf: indexOf costs ~50 ns per call, which dominates on `<<<<…` (one call per `<`).
    let lt = i;
    while (lt < n && html.charCodeAt(lt) !== 60) lt++;
    if (lt >= n) break;
    const next = html.charCodeAt(lt + 1);
    if (next === 33 || next === 63) {
      // `<!-- … -->`, `<!doctype …>`, `<![CDATA[…]]>`, `<?…>`: never text.
      flush(lt);
      const comment = html.startsWith('<!--', lt);
      const close = comment ? html.indexOf('-->', lt + 4) : html.indexOf('>', lt + 2);
      if (close < 0) return;
      i = textStart = close + (comment ? 3 : 1);
      continue;
    }
    const closing = next === 47;
    const nameStart = closing ? lt + 2 : lt + 1;
    if (!isAsciiLetter(html.charCodeAt(nameStart))) {
      i = lt + 1;
      continue;
    }
    flush(lt);
    let nameEnd = nameStart + 1;
    while (nameEnd < n && isNameChar(html.charCodeAt(nameEnd))) nameEnd++;
    const end = tagEnd(html, nameEnd);
    if (end < 0) return;
    const name = html.slice(nameStart, nameEnd).toLowerCase();
    if (visit.tag(name, closing, html.charCodeAt(end - 2) === 47) === true) return;
    i = textStart = end;
    if (!closing && rawText.has(name)) {
      const close = closingTagAt(html, name, i);
      const gt = close < 0 ? -1 : html.indexOf('>', close);
      if (gt < 0) return;
      i = textStart = gt + 1;
      if (visit.tag(name, true, false) === true) return;
    }
  }
  flush(n);
}

/** Collapses whitespace runs to one space and trims. */
function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** `text` cut to at most `max` UTF-16 units without splitting a surrogate pair. */
export function clipText(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = Math.max(0, max);
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return text.slice(0, end).trimEnd();
}

/**
 * The text of an HTML string treated as data (never parsed into a document): tags removed, block tags and
 * `<br>` as spaces, scripts and styles dropped, entities decoded, whitespace collapsed. Reads at most
 * `HTML_FIELD_MAX_CHARS` of input and returns at most `maxChars` characters. Never throws.
 */
export function htmlToText(html: string, maxChars = HTML_TEXT_MAX_CHARS): string {
  if (typeof html !== 'string' || html.length === 0) return '';
  const parts: string[] = [];
  scanHtml(html, {
    text: (run) => parts.push(decodeEntities(run)),
    tag: (name) => {
      // One space per run of block tags: 25,000 `<li>` in a row add one part, not 25,000.
      if (BREAK_TAGS.has(name) && parts[parts.length - 1] !== ' ') parts.push(' ');
    },
  });
  return clipText(collapse(parts.join('')), maxChars);
}

/**
 * The texts of the `<li>` items of an HTML list string (Walmart key features live in `longDescription`).
 * An item ends at `</li>`, the next `<li>` or the end of its list, as browsers close them. Linear, like `htmlToText`.
 */
export function htmlListItems(html: string): string[] {
  if (typeof html !== 'string' || html.length === 0) return [];
  const items: string[] = [];
  let current: string[] | null = null;
  const close = () => {
    const text = current ? collapse(current.join('')) : '';
    if (text) items.push(text);
    current = null;
  };
  scanHtml(html, {
    text: (run) => {
      current?.push(decodeEntities(run));
    },
    tag: (name, closing) => {
      if (name === 'li') {
        close();
        if (!closing) current = [];
      } else if (closing && (name === 'ul' || name === 'ol')) close();
      else if (BREAK_TAGS.has(name)) current?.push(' ');
    },
  });
  close();
  return items;
}
