/// <reference lib="dom" />
/** DOM helpers that work the same on a browser Document and a linkedom one: targeted queries, text, selectors. */
import { PageIndex } from './page-index.js';

// HTML strings inside page data (JSON-LD, product JSON) are scanned, never parsed: see html-text.ts.
export { htmlListItems, htmlToText } from './html-text.js';

/** Where to query: the page index (document-level) or an element (its subtree). */
export type Scope = PageIndex | ParentNode;

function qs(scope: Scope, selector: string): Element | null {
  return scope instanceof PageIndex ? scope.first(selector) : scope.querySelector(selector);
}

function qsa(scope: Scope, selector: string): Element[] {
  return scope instanceof PageIndex ? scope.all(selector) : Array.from(scope.querySelectorAll(selector));
}

/** Collapses whitespace; `textContent` keeps script-free text only (never HTML). */
export function cleanText(value: string | null | undefined): string {
  if (!value) return '';
  return value.replace(/\s+/g, ' ').trim();
}

/** Visible-ish text: `textContent` without the contents of scripts, styles and templates. */
export function textOf(el: Element | null | undefined): string {
  if (!el) return '';
  if (!el.querySelector('script, style, template, noscript')) return cleanText(el.textContent);
  const parts: string[] = [];
  collectText(el, parts, 0);
  return cleanText(parts.join(' '));
}

const SKIP_TEXT = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

/** An attribute's value, or null: the attribute node, which linkedom answers far faster than `getAttribute('class')`. */
export function attr(el: Element, name: string): string | null {
  return el.getAttributeNode(name)?.value ?? null;
}

/** Class names themes use to hide an element (a duplicate price, a screen-reader label). */
const HIDDEN_CLASS = /(^|[\s_-])(hide|hidden|sr-only|visually-hidden|screen-reader-text|visuallyhidden)($|[\s])/;

/** Hidden by markup: `hidden`, `aria-hidden="true"`, an inline `display:none` or a hiding class. No layout is computed. */
export function isHidden(el: Element): boolean {
  if (!el.hasAttributes()) return false;
  if (el.hasAttribute('hidden') || el.getAttributeNode('aria-hidden')?.value === 'true') return true;
  // Attribute nodes, not getAttribute('style'): linkedom builds a CSSStyleDeclaration for that.
  const style = el.getAttributeNode('style')?.value;
  if (style && /display\s{0,3}:\s{0,3}none/i.test(style)) return true;
  const cls = el.getAttributeNode('class')?.value;
  return cls !== undefined && HIDDEN_CLASS.test(cls.toLowerCase());
}

/**
 * Text a shopper sees in a small element: text nodes of visible descendants, scripts and hidden parts
 * left out. `separate` puts a space at element boundaries (headings: "Brand" + "Name"); without it
 * split prices stay whole ("$" "39." "99" → "$39.99"). `skip` leaves out more elements. Bounded.
 */
export function visibleText(
  el: Element,
  options: { separate?: boolean; skip?: (el: Element) => boolean; maxChars?: number } = {},
): string {
  const max = options.maxChars ?? 600;
  const parts: string[] = [];
  let length = 0;
  const visit = (node: Element, depth: number): void => {
    for (let child = node.firstChild; child && length < max; child = child.nextSibling) {
      if (child.nodeType === 3) {
        // Only what fits: a 100 kB text node costs no more than the characters kept.
        const value = (child.nodeValue ?? '').slice(0, max - length + 1);
        parts.push(value);
        length += value.length;
      } else if (child.nodeType === 1 && depth < 12) {
        const element = child as Element;
        if (SKIP_TEXT.has(element.tagName.toUpperCase()) || element.localName === 'svg') continue;
        if (isHidden(element) || options.skip?.(element)) continue;
        if (options.separate) parts.push(' ');
        visit(element, depth + 1);
        if (options.separate) parts.push(' ');
      }
    }
  };
  visit(el, 0);
  return cleanText(parts.join('')).slice(0, max);
}

function collectText(node: Node, parts: string[], depth: number): void {
  if (depth > 200) return;
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) parts.push(child.nodeValue ?? '');
    else if (child.nodeType === 1 && !SKIP_TEXT.has((child as Element).tagName.toUpperCase())) {
      collectText(child, parts, depth + 1);
    }
  }
}

const SIMPLE_ID = /^[A-Za-z][\w-]*$/;

function idSelector(id: string): string {
  return SIMPLE_ID.test(id) ? `#${id}` : `[id="${id.replace(/["\\]/g, '\\$&')}"]`;
}

/**
 * A CSS selector that finds `el`: the nearest ancestor with an id, then `> tag:nth-child(k)` steps.
 * Walks parents and previous siblings only, never the whole document. Duplicate ids (Amazon repeats
 * some) make the id step match the first such element, which is also what `querySelector` returns.
 */
export function selectorFor(el: Element, index?: PageIndex): string {
  const steps: string[] = [];
  let node: Element | null = el;
  let depth = 0;
  while (node && depth < 40) {
    const id = node.getAttribute('id');
    if (id && (index ? index.byId.get(id) : node.ownerDocument?.querySelector(idSelector(id))) === node) {
      steps.unshift(idSelector(id));
      return steps.join(' > ');
    }
    const tag = node.tagName.toLowerCase();
    if (tag === 'html' || !node.parentElement) {
      steps.unshift(tag);
      break;
    }
    let position = 1;
    for (let s = node.previousElementSibling; s; s = s.previousElementSibling) position++;
    steps.unshift(`${tag}:nth-child(${position})`);
    node = node.parentElement;
    depth++;
  }
  return steps.join(' > ');
}

/** The first element matched by the first selector that matches, with the selector that found it. */
export function firstOf(root: Scope, selectors: readonly string[]): { el: Element; selector: string } | null {
  for (const selector of selectors) {
    const el = qs(root, selector);
    if (el) return { el, selector };
  }
  return null;
}

/** Like `firstOf` but the element must have non-empty text. */
export function firstText(root: Scope, selectors: readonly string[]): { el: Element; text: string } | null {
  for (const selector of selectors) {
    const el = qs(root, selector);
    const text = textOf(el);
    if (el && text) return { el, text };
  }
  return null;
}

export function metaContent(root: Scope, key: string): string | null {
  const el = qs(root, `meta[property="${key}"], meta[name="${key}"]`);
  const value = el?.getAttribute('content');
  return value ? cleanText(value) : null;
}

/** Text of every script matching `selector`, for JSON parsing once per script. */
export function scriptTexts(root: Scope, selector: string): { el: Element; text: string }[] {
  const out: { el: Element; text: string }[] = [];
  for (const el of qsa(root, selector)) out.push({ el, text: el.textContent ?? '' });
  return out;
}

/** Parses JSON without throwing; strips an HTML comment or CDATA wrapper some CMSs add. */
export function safeJson(text: string): { ok: true; value: unknown } | { ok: false; error: string } {
  // startsWith/endsWith, not `/^<!--|-->$/g`: a global regex tries its alternation at every character of a 2 MB script.
  let trimmed = text.trim();
  if (trimmed.startsWith('<!--')) trimmed = trimmed.slice(4);
  if (trimmed.endsWith('-->')) trimmed = trimmed.slice(0, -3);
  if (trimmed.startsWith('/*<![CDATA[*/')) trimmed = trimmed.slice(13);
  if (trimmed.endsWith('/*]]>*/')) trimmed = trimmed.slice(0, -7);
  trimmed = trimmed.trim();
  try {
    return { ok: true, value: JSON.parse(trimmed) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** Parses "4.5 out of 5 stars", "4,6 von 5" or "4.5" to a number, or null. */
export function parseNumber(text: string | null | undefined): number | null {
  if (!text) return null;
  const m = /\d+(?:[.,]\d+)?/.exec(text);
  if (!m) return null;
  const n = Number(m[0].replace(',', '.'));
  return Number.isFinite(n) ? n : null;
}

/** Parses "1,234 ratings" or "12.345 Sternebewertungen" to an integer count, or null. */
export function parseCount(text: string | null | undefined): number | null {
  if (!text) return null;
  const m = /\d{1,3}(?:[,.\u00a0 ]\d{3})+|\d+/.exec(text);
  if (!m) return null;
  const n = Number(m[0].replace(/[,.\u00a0 ]/g, ''));
  return Number.isSafeInteger(n) ? n : null;
}

/** A record view of an unknown JSON value, or undefined. */
export function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

/** A string view of a JSON scalar (numbers too), trimmed, or undefined. */
export function asString(value: unknown): string | undefined {
  if (typeof value === 'string') return cleanText(value) || undefined;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

/**
 * `[container, inner]` pairs: finds the first container, then the first `inner` inside it. Two short
 * queries instead of one descendant selector, which linkedom evaluates by walking every candidate's
 * ancestors (quadratic on deep, malformed pages).
 */
export function firstWithin(
  root: Scope,
  pairs: readonly (readonly [container: string, inner: string])[],
): { el: Element; text: string; container: Element } | null {
  for (const [outer, inner] of pairs) {
    const container = qs(root, outer);
    const el = container?.querySelector(inner);
    const text = textOf(el);
    if (container && el && text) return { el, text, container };
  }
  return null;
}

/** All `inner` elements of the first container that has any. */
export function allWithin(
  root: Scope,
  pairs: readonly (readonly [container: string, inner: string])[],
): { els: Element[]; selector: string } | null {
  for (const [outer, inner] of pairs) {
    const container = qs(root, outer);
    if (!container) continue;
    const els = Array.from(container.querySelectorAll(inner));
    if (els.length > 0) return { els, selector: `${outer} ${inner}` };
  }
  return null;
}
