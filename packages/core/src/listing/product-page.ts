/// <reference lib="dom" />
/** isProductPage: whether a page sells one product (structured Product data, a store adapter's product markup, or an add-to-cart control near its heading). */
import { detectStore } from './adapters/stores/index.js';
import { findBuyBox } from './buy-box.js';
import { findMainHeading } from './main-heading.js';
import { PageIndex } from './page-index.js';
import { readJsonLd } from './structured-data/json-ld.js';
import { isProductNode } from './structured-data/product-node.js';
import { hostOf } from './url-host.js';

/**
 * Whether `document` is a product page, for deciding whether to audit it: a JSON-LD or microdata Product,
 * product price tags, or an add-to-cart control (found by its wording in 13 languages) near the main
 * heading. A category page of a known store has no buy control of its own and is not one. Never throws:
 * anything that is not a readable Document is not a product page.
 */
export function isProductPage(document: Document, url: string): boolean {
  try {
    const index = new PageIndex(document);
    if (index.first('[itemscope][itemtype*="schema.org/Product"]')) return true;
    if (index.first('meta[property="product:price:amount"], meta[property="og:price:amount"]')) return true;
    if (readJsonLd(index).products.some(isProductNode)) return true;
    const title = document.querySelector('title')?.textContent ?? '';
    const heading = findMainHeading(index, title ? [title] : []);
    const box = findBuyBox(index, heading?.el ?? null);
    if (box.addToCart !== null) return true;
    // A store adapter knows the store, but only a heading next to a price makes it a product page.
    return (
      detectStore(hostOf(url), index) !== undefined &&
      heading !== null &&
      index.withNameContaining('price', 1).length > 0
    );
  } catch {
    return false;
  }
}
