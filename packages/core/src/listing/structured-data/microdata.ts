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

/** schema.org spellings of the properties extraction reads; pages write `pricecurrency` or `PriceCurrency` too. */
const CANONICAL_NAMES = new Map(
  [
    'name',
    'brand',
    'description',
    'image',
    'offers',
    'price',
    'priceCurrency',
    'lowPrice',
    'highPrice',
    'priceSpecification',
    'priceType',
    'availability',
    'aggregateRating',
    'ratingValue',
    'reviewCount',
    'ratingCount',
    'sku',
    'mpn',
    'productID',
    'gtin',
    'gtin8',
    'gtin12',
    'gtin13',
    'gtin14',
    'hasVariant',
  ].map((name) => [name.toLowerCase(), name]),
);

/** Properties read per scope: real Product scopes have a few dozen; each costs one `textContent`. */
export const MICRODATA_MAX_PROPS = 200;

/**
 * Reads a scope's own properties; nested scopes (offers, brand, aggregateRating) become nested objects.
 * One pre-order walk of the scope's subtree that does not enter nested scopes (their properties are
 * theirs), instead of `querySelectorAll('[itemprop]')` plus a parent walk per property, which is
 * quadratic on deeply nested markup.
 */
function readScope(scope: Element, depth: number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const type = scope.getAttribute('itemtype');
  if (type) out['@type'] = type.replace(/^https?:\/\/schema\.org\//, '');
  if (depth > 3) return out;
  let props = 0;
  let el: Element | null = scope.firstElementChild;
  while (el && props < MICRODATA_MAX_PROPS) {
    const nested = el.hasAttribute('itemscope');
    const itemprop = el.getAttribute('itemprop');
    if (itemprop !== null) {
      props++;
      const names = itemprop
        .split(/\s+/)
        .filter(Boolean)
        .map((name) => CANONICAL_NAMES.get(name.toLowerCase()) ?? name);
      const value = nested ? readScope(el, depth + 1) : propValue(el);
      for (const name of names) {
        const prev = out[name];
        if (prev === undefined) out[name] = value;
        else if (Array.isArray(prev)) prev.push(value);
        else out[name] = [prev, value];
      }
    }
    let next: Element | null = nested ? null : el.firstElementChild;
    while (!next && el) {
      next = el.nextElementSibling;
      if (!next) {
        el = el.parentElement;
        if (el === scope) el = null;
      }
    }
    el = next;
  }
  return out;
}

export function readMicrodata(index: PageIndex): Record<string, unknown>[] {
  const scope = index.first(
    '[itemscope][itemtype*="schema.org/Product"], [itemscope][itemtype*="data-vocabulary.org/Product"]',
  );
  return scope ? [readScope(scope, 0)] : [];
}
