/// <reference lib="dom" />
/** The store's own product number: labelled identifiers ("SKU", "Item #", "Art.-Nr.", "Réf.", "Model", "MPN"), id attributes and analytics data layers. */
import { cleanText, visibleText } from './dom.js';
import { inOtherProducts } from './other-products.js';
import type { PageIndex } from './page-index.js';

/** Labels that introduce a product number, lower-case, longest first where one starts another. */
export const ID_LABELS: readonly string[] = [
  'sku',
  'item number',
  'item no.',
  'item no',
  'item #',
  'item#',
  'article number',
  'art.-nr.',
  'art.-nr',
  'art.nr.',
  'art. no.',
  'art. nr.',
  'artikelnummer',
  'artikel-nr.',
  'artikelnr.',
  'bestellnummer',
  'modelnummer',
  'référence',
  'réf.',
  'ref.',
  'referencia',
  'riferimento',
  'codice articolo',
  'código',
  'model number',
  'model no.',
  'model #',
  'model:',
  'mpn',
  'product number',
  'product no.',
  'product code',
  'style number',
  'style #',
  'style no.',
  'numer katalogowy',
  '品番',
];

/** Elements whose own text may be a labelled product number. */
const LABEL_TAGS = new Set(['p', 'span', 'div', 'li', 'dd', 'td', 'small']);

/** Class or id fragments of elements that show the product number. */
const ID_ELEMENT_NAMES = [
  'sku',
  'article-number',
  'articlenumber',
  'artikelnummer',
  'product-number',
  'item-number',
  'itemnumber',
  'product-id',
  'productid',
  'style-number',
  'model-number',
];

/** Attributes that carry the product number on the buy form or the product container. */
const ID_ATTRIBUTES = [
  'data-sku',
  'data-product-sku',
  'data-product-id',
  'data-productid',
  'data-item-id',
  'data-article-number',
];

/** A product number: letters, digits and `-._/`, with at least one digit, 3–40 characters. */
function readToken(text: string, from: number): string | undefined {
  let i = from;
  while (i < text.length && ' \t\n:#.-–'.includes(text[i]!)) i++;
  let j = i;
  while (j < text.length && j - i < 40 && /[A-Za-z0-9._/-]/.test(text[j]!)) j++;
  const token = text.slice(i, j).replace(/[._/-]+$/, '');
  return token.length >= 3 && /\d/.test(token) ? token : undefined;
}

/** The number after the first label in a short text ("Item # 101095" → "101095"), or undefined. */
export function idAfterLabel(text: string): string | undefined {
  const lower = text.toLowerCase();
  for (const label of ID_LABELS) {
    const at = lower.indexOf(label);
    if (at < 0) continue;
    // A label starts a word: "sku" in "Husky" is not one.
    if (at > 0 && /[a-z0-9]/.test(lower[at - 1]!)) continue;
    const token = readToken(text, at + label.length);
    if (token) return token;
  }
  return undefined;
}

/** Characters of an analytics script scanned: data layers sit near the top of their script. */
const MAX_SCRIPT_SCAN = 200_000;
/** `product_id : ["0722148001"]` (Tealium), `"item_id": "SKU-1"` (GA4), `"sku": "…"` in a data layer. */
const DATA_LAYER_ID =
  /["']?\b(?:product_id|product_sku|item_id|productSku|productId)["']?\s{0,3}[:=]\s{0,3}\[?\s{0,3}["']([A-Za-z0-9._-]{3,40})["']/;

export interface FoundId {
  value: string;
  el: Element | null;
  strategy: 'labelled-id' | 'id-attribute' | 'data-layer';
}

/**
 * The product's SKU from the page itself, nearest the main heading first: `itemprop="sku"` and
 * elements named for a product number (their text, after a label when there is one), then labelled
 * text anywhere near the heading, then id attributes on the buy form, then an analytics data layer.
 */
export function findPageSku(
  index: PageIndex,
  heading: Element | null,
  buyBoxRoot: Element | null,
): FoundId | undefined {
  const anchor = heading ? index.position(heading) : -1;
  const near = (el: Element) =>
    anchor < 0 || Math.abs(index.position(el) - anchor) < 1500 || (buyBoxRoot?.contains(el) ?? false);
  const named = [
    ...index.all('[itemprop="sku"], [itemprop="productID"]'),
    ...ID_ELEMENT_NAMES.flatMap((name) => index.withNameContaining(name, 20)),
  ];
  for (const el of named) {
    if (!near(el) || el.localName === 'script' || el.localName === 'input' || el.localName === 'select') continue;
    if (inOtherProducts(el, buyBoxRoot)) continue;
    const text = el.localName === 'meta' ? cleanText(el.getAttribute('content')) : visibleText(el, { maxChars: 121 });
    if (!text || text.length > 120) continue;
    const value = idAfterLabel(text) ?? (/^[A-Za-z0-9._/-]{3,40}$/.test(text) && /\d/.test(text) ? text : undefined);
    if (value) return { value, el, strategy: 'labelled-id' };
  }
  // Labelled text in short elements just after the heading ("Art.-Nr.: 48211-07" in a meta line).
  if (heading) {
    const start = index.position(heading);
    for (const el of index.range(start + 1, start + 151)) {
      if (!LABEL_TAGS.has(el.localName) || el.childElementCount > 2 || inOtherProducts(el, buyBoxRoot)) continue;
      const text = visibleText(el, { maxChars: 81 });
      if (text.length === 0 || text.length > 80) continue;
      const value = idAfterLabel(text);
      if (value) return { value, el, strategy: 'labelled-id' };
    }
  }
  for (const attr of ID_ATTRIBUTES) {
    for (const el of index.all(`[${attr}]`).slice(0, 20)) {
      const value = cleanText(el.getAttribute(attr));
      if (near(el) && /^[A-Za-z0-9._/-]{3,40}$/.test(value) && /\d/.test(value))
        return { value, el, strategy: 'id-attribute' };
    }
  }
  for (const script of index.byTagName('script').slice(0, 200)) {
    if (script.hasAttribute('src')) continue;
    const text = (script.textContent ?? '').slice(0, MAX_SCRIPT_SCAN);
    if (
      !text.includes('product_id') &&
      !text.includes('item_id') &&
      !text.includes('productSku') &&
      !text.includes('productId')
    )
      continue;
    const m = DATA_LAYER_ID.exec(text);
    if (m?.[1] && /\d/.test(m[1])) return { value: m[1], el: null, strategy: 'data-layer' };
  }
  return undefined;
}
