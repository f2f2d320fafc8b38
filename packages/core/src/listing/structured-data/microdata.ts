/// <reference lib="dom" />
/** Microdata: the first schema.org Product scope, turned into a JSON-LD-like object. */
import { cleanText } from '../dom.js';
import type { PageIndex } from '../page-index.js';

function propValue(el: Element): string {
  const tag = el.tagName.toLowerCase();
  const attr =
    el.getAttribute('content') ??
    (tag === 'meta'
      ? null
      : tag === 'link' || tag === 'a'
        ? el.getAttribute('href')
        : tag === 'img'
          ? el.getAttribute('src')
          : null);
  return cleanText(attr ?? el.textContent);
}

/** The nearest ancestor (or self) scope of a property element, by walking parents only. */
function scopeOf(el: Element): Element | null {
  for (let p = el.parentElement; p; p = p.parentElement) if (p.hasAttribute('itemscope')) return p;
  return null;
}

/** Reads a scope's own properties; nested scopes (offers, brand, aggregateRating) become nested objects. */
function readScope(scope: Element, depth: number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const type = scope.getAttribute('itemtype');
  if (type) out['@type'] = type.replace(/^https?:\/\/schema\.org\//, '');
  if (depth > 3) return out;
  for (const el of Array.from(scope.querySelectorAll('[itemprop]'))) {
    if (scopeOf(el) !== scope) continue;
    const names = (el.getAttribute('itemprop') ?? '').split(/\s+/).filter(Boolean);
    const value = el.hasAttribute('itemscope') ? readScope(el, depth + 1) : propValue(el);
    for (const name of names) {
      const prev = out[name];
      if (prev === undefined) out[name] = value;
      else if (Array.isArray(prev)) prev.push(value);
      else out[name] = [prev, value];
    }
  }
  return out;
}

export function readMicrodata(index: PageIndex): Record<string, unknown>[] {
  const scope = index.first(
    '[itemscope][itemtype*="schema.org/Product"], [itemscope][itemtype*="schema.org/ProductGroup"]',
  );
  return scope ? [readScope(scope, 0)] : [];
}
