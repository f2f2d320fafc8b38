/** Amazon detail pages (`/dp/ASIN`, `/gp/product/ASIN`): detected by URL plus the title or buy-box element. */
import { defineSite, extractOnPage } from './site.js';

const PRODUCT_PATH = /\/(?:dp|gp\/product|gp\/aw\/d)\/[A-Z0-9]{10}(?:[/?]|$)/i;

export const amazon = defineSite({
  id: 'amazon',
  matches: [
    'https://www.amazon.com/*',
    'https://www.amazon.co.uk/*',
    'https://www.amazon.ca/*',
    'https://www.amazon.de/*',
  ],
  detect: (document, url) =>
    PRODUCT_PATH.test(url.pathname) ||
    document.querySelector('#productTitle, #dp-container, input#ASIN, [data-asin][id="dp"]') !== null,
  init: extractOnPage,
});
