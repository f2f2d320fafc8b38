/** Walmart item pages (`/ip/<slug>/<id>`): detected by URL plus the product heading or `__NEXT_DATA__`. */
import { defineSite, extractOnPage } from './site.js';

export const walmart = defineSite({
  id: 'walmart',
  matches: ['https://www.walmart.com/*'],
  detect: (document, url) =>
    /^\/ip\//.test(url.pathname) ||
    document.querySelector('[data-testid="product-title"], h1[itemprop="name"], script#__NEXT_DATA__') !== null,
  init: extractOnPage,
});
