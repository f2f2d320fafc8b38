/** Any store with schema.org Product data (JSON-LD, microdata, `og:type=product`, product price tags) or an add-to-cart control; used for on-demand audits. */
import { isProductPage } from '@revloop/core/listing';
import { defineSite, extractOnPage } from './site.js';

/** Add-to-cart controls and the product-id attributes stores put on them (attribute selectors only, no text scan). */
const BUY_CONTROLS = [
  '[data-sku-id]',
  '[data-product-sku]',
  'form[action*="/cart/add"]',
  'form[action*="add-to-cart" i]',
  'button[class*="add-to-cart" i]',
  'button[class*="add-to-bag" i]',
  'button[class*="add-to-basket" i]',
  'button[class*="addtocart" i]',
  '[data-test*="add-to-cart"]',
  '[data-test*="add-to-basket"]',
  '[data-testid*="add-to-cart"]',
  '[data-testid*="add-to-bag"]',
  'button[id*="add-to-cart" i]',
  'button[name="add-to-cart"]',
  'input[name="submit.add-to-cart"]',
].join(', ');

/** Looks at script types and a few attributes only; JSON-LD text is read only when a ld+json script exists. */
export function hasProductData(document: Document): boolean {
  const productMeta =
    '[itemtype*="schema.org/Product" i], meta[property="og:type"][content="product" i], meta[property="product:price:amount"], meta[property="og:price:amount"]';
  if (document.querySelector(productMeta)) {
    return true;
  }
  // A store without structured data still has a buy control: an add-to-cart button or a product-id attribute on it.
  if (document.querySelector(BUY_CONTROLS)) return true;
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    if (/"@type"\s*:\s*(?:\[[^\]]*)?"(?:Product|ProductGroup)"/.test(script.textContent ?? '')) return true;
  }
  return false;
}

export const generic = defineSite({
  id: 'generic',
  matches: ['https://*/*', 'http://*/*'],
  // Cheap attribute checks first; core's fuller check (buy box by its wording, store markup) only when they say no.
  detect: (document, url) => hasProductData(document) || isProductPage(document, url.href),
  init: extractOnPage,
});
