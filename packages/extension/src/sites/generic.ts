/** Any store with schema.org Product data (JSON-LD, microdata or `og:type=product`); used for on-demand audits. */
import { defineSite, extractOnPage } from './site.js';

/** Looks at script types and a few attributes only; JSON-LD text is read only when a ld+json script exists. */
export function hasProductData(document: Document): boolean {
  if (document.querySelector('[itemtype*="schema.org/Product" i], meta[property="og:type"][content="product" i]')) {
    return true;
  }
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    if (/"@type"\s*:\s*(?:\[[^\]]*)?"(?:Product|ProductGroup)"/.test(script.textContent ?? '')) return true;
  }
  return false;
}

export const generic = defineSite({
  id: 'generic',
  matches: ['https://*/*', 'http://*/*'],
  detect: (document) => hasProductData(document),
  init: extractOnPage,
});
