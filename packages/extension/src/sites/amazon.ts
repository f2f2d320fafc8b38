/** Amazon detail pages (`/dp/ASIN`, `/gp/product/ASIN`) on the 19 storefronts core reads: detected by URL plus the title or buy-box element. */
import { defineSite, extractOnPage } from './site.js';

const PRODUCT_PATH = /\/(?:dp|gp\/product|gp\/aw\/d)\/[A-Z0-9]{10}(?:[/?]|$)/i;

export const amazon = defineSite({
  id: 'amazon',
  matches: [
    'https://www.amazon.com/*',
    'https://www.amazon.co.uk/*',
    'https://www.amazon.ca/*',
    'https://www.amazon.com.au/*',
    'https://www.amazon.de/*',
    'https://www.amazon.fr/*',
    'https://www.amazon.it/*',
    'https://www.amazon.es/*',
    'https://www.amazon.nl/*',
    'https://www.amazon.se/*',
    'https://www.amazon.pl/*',
    'https://www.amazon.com.tr/*',
    'https://www.amazon.co.jp/*',
    'https://www.amazon.in/*',
    'https://www.amazon.com.mx/*',
    'https://www.amazon.com.br/*',
    'https://www.amazon.sa/*',
    'https://www.amazon.ae/*',
    'https://www.amazon.sg/*',
  ],
  detect: (document, url) =>
    PRODUCT_PATH.test(url.pathname) ||
    document.querySelector('#productTitle, #dp-container, input#ASIN, [data-asin][id="dp"]') !== null,
  init: extractOnPage,
});
