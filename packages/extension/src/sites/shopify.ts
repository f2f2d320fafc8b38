/** Shopify storefront product pages (`/products/<handle>`) on `*.myshopify.com`, or any store audited on demand. */
import { defineSite, extractOnPage } from './site.js';

const SHOPIFY_MARKERS =
  'meta[name="shopify-checkout-api-token"], meta[name="shopify-digital-wallet"], link[href*="cdn.shopify.com"], script[src*="cdn.shopify.com"], #shopify-features';

export const shopify = defineSite({
  id: 'shopify',
  matches: ['https://*.myshopify.com/*', 'https://*/*'],
  detect: (document, url) =>
    /\/products\/[^/]+\/?$/.test(url.pathname) &&
    (url.hostname.endsWith('.myshopify.com') || document.querySelector(SHOPIFY_MARKERS) !== null),
  init: extractOnPage,
});
