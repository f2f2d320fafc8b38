/** Size and nesting guards run before linkedom parses HTML: its parser keeps open elements with `unshift`, so depth costs quadratic time. */
import { invalidInputError, RevloopError } from '../engine/errors.js';
import type { Finding } from '../engine/finding.js';
import { scanHtml } from '../listing/html-text.js';

/** Characters of HTML parsed at most: 5 MiB, over twice the largest marketplace pages (Amazon ~2 MB). */
export const HTML_MAX_CHARS = 5 * 1024 * 1024;
/**
 * Element nesting parsed at most, as linkedom (htmlparser2) would build it. Real product pages nest 30–80
 * deep, but unclosed `<li><span>` lists nest in htmlparser2 (not in browsers): the hostile golden fixture
 * reaches 6,108. linkedom's parse time grows with the square of the depth (~0.5 s at 10,000, ~60 s at
 * 100,000 nested divs), so deeper documents are refused before parsing.
 */
export const HTML_MAX_DEPTH = 10_000;

/** How many open elements a closing tag searches for its match, as htmlparser2 does over the whole stack. */
const CLOSE_SEARCH = 256;

/** Content htmlparser2 reads as raw text (tags inside are not elements). */
const RAW_TEXT = new Set(['script', 'style', 'title', 'textarea', 'xmp']);

/** Elements that never have children. */
const VOID = new Set([
  'area',
  'base',
  'basefont',
  'br',
  'col',
  'command',
  'embed',
  'frame',
  'hr',
  'img',
  'input',
  'isindex',
  'keygen',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);

/** The open elements an opening tag closes first (htmlparser2's `openImpliesClose`, abridged): `<li><li>` is not nesting. */
const P = ['p'];
const FORM = ['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea'];
const IMPLIES_CLOSE = new Map<string, ReadonlySet<string>>(
  Object.entries({
    tr: ['tr', 'th', 'td'],
    th: ['th'],
    td: ['thead', 'th', 'td'],
    li: ['li'],
    option: ['option'],
    optgroup: ['optgroup', 'option'],
    dd: ['dd', 'dt'],
    dt: ['dd', 'dt'],
    rt: ['rt', 'rp'],
    rp: ['rt', 'rp'],
    tbody: ['thead', 'tbody'],
    tfoot: ['thead', 'tbody'],
    select: FORM,
    input: FORM,
    output: FORM,
    button: FORM,
    datalist: FORM,
    textarea: FORM,
    ...Object.fromEntries(
      [
        'p',
        'h1',
        'h2',
        'h3',
        'h4',
        'h5',
        'h6',
        'address',
        'article',
        'aside',
        'blockquote',
        'details',
        'div',
        'dl',
        'fieldset',
        'figcaption',
        'figure',
        'footer',
        'form',
        'header',
        'hr',
        'main',
        'nav',
        'ol',
        'pre',
        'section',
        'table',
        'ul',
      ].map((tag) => [tag, P]),
    ),
  }).map(([tag, closes]) => [tag, new Set(closes)]),
);

/**
 * The element nesting a parser would build, approximately, stopping as soon as it passes `limit`: one
 * linear scan that keeps a stack of open tag names, closes implied ends and matches a closing tag
 * against the top `CLOSE_SEARCH` open elements. Where it guesses, it guesses deeper (a refusal, never a hang).
 */
export function htmlNestingDepth(html: string, limit = Number.POSITIVE_INFINITY): number {
  const stack: string[] = [];
  let foreign = 0;
  let max = 0;
  scanHtml(
    html,
    {
      tag(name, closing, selfClosing) {
        if (closing) {
          if (VOID.has(name)) return false;
          const floor = Math.max(0, stack.length - CLOSE_SEARCH);
          for (let k = stack.length - 1; k >= floor; k--) {
            if (stack[k] !== name) continue;
            while (stack.length > k) {
              const popped = stack.pop();
              if (popped === 'svg' || popped === 'math') foreign--;
            }
            break;
          }
          return false;
        }
        const closes = IMPLIES_CLOSE.get(name);
        while (closes && stack.length > 0 && closes.has(stack[stack.length - 1]!)) stack.pop();
        // `<div/>` opens a div in HTML; only SVG and MathML content closes itself.
        if (VOID.has(name) || (selfClosing && foreign > 0)) return false;
        stack.push(name);
        if (name === 'svg' || name === 'math') foreign++;
        if (stack.length > max) max = stack.length;
        return max > limit;
      },
    },
    { maxChars: Number.POSITIVE_INFINITY, rawText: RAW_TEXT },
  );
  return max;
}

function tooMuch(
  code: 'html/too-large' | 'html/too-deep',
  value: number,
  limit: number,
  unit: string,
  message: string,
) {
  const finding: Finding = {
    ruleId: code,
    category: 'html',
    severity: 'error',
    field: 'html',
    message,
    evidence: { value, limit, unit },
  };
  return new RevloopError(code, [finding], message);
}

/**
 * Throws a RevloopError unless `html` is a string that is safe to parse: `html/invalid-input` for a
 * non-string, `html/too-large` past `HTML_MAX_CHARS`, `html/too-deep` past `HTML_MAX_DEPTH` nesting.
 */
export function assertParseableHtml(html: unknown): asserts html is string {
  if (typeof html !== 'string') throw invalidInputError('html', 'html', html, 'a string of HTML');
  if (html.length > HTML_MAX_CHARS) {
    throw tooMuch(
      'html/too-large',
      html.length,
      HTML_MAX_CHARS,
      'characters',
      `The HTML is ${html.length.toLocaleString('en-US')} characters; at most ${HTML_MAX_CHARS.toLocaleString('en-US')} are parsed.`,
    );
  }
  const depth = htmlNestingDepth(html, HTML_MAX_DEPTH);
  if (depth > HTML_MAX_DEPTH) {
    throw tooMuch(
      'html/too-deep',
      depth,
      HTML_MAX_DEPTH,
      'nested elements',
      `The HTML nests elements more than ${HTML_MAX_DEPTH.toLocaleString('en-US')} deep; deeper documents are not parsed.`,
    );
  }
}
