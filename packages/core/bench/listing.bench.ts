/** Benchmark: extract + audit on generated 2 MB Amazon-like and generic-store pages with 20,000 elements (target: median < 30 ms after parsing). */
import { bench, describe } from 'vitest';
import { parseHtmlDocument } from '../src/html/index.js';
import { auditListing } from '../src/listing/audit-listing.js';
import { extractListing } from '../src/listing/extract-listing.js';
import { PageIndex } from '../src/listing/page-index.js';

const URL = 'https://www.amazon.com/dp/B0BENCH001';

/** A generic store's product block: JSON-LD, a heading, a buy box with a sale and a was-price, stock line and add-to-cart. */
const GENERIC_PRODUCT = `
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Bench Kettle 1.7 L","sku":"BK-17","brand":{"@type":"Brand","name":"Bench"},"offers":{"@type":"Offer","price":"39.99","priceCurrency":"USD","availability":"https://schema.org/InStock"}}</script>
<main><div class="product"><div class="gallery">${Array.from({ length: 6 }, (_, i) => `<img src="/img/k${i}.jpg" alt="Kettle ${i}">`).join('')}</div>
<div class="product-info"><h1 class="product-title">Bench Kettle 1.7 L</h1><p class="sku">SKU: BK-17</p>
<div class="price-box"><span class="price price--sale">$39.99</span><s class="price price--compare">$49.99</s><span class="unit-price">$23.52 / l</span></div>
<p class="stock-status">In stock</p><form action="/cart/add"><button type="submit" name="add">Add to cart</button></form></div></div></main>`;

/** A page shaped like a real detail page: head scripts, the product block, then a long tail of widgets. */
function generatePage(targetBytes: number, elements: number, product = AMAZON_PRODUCT): string {
  const head = [
    '<!doctype html><html lang="en-us"><head><meta charset="utf-8"><title>Amazon.com: Bench Kettle</title>',
    '<meta name="description" content="A kettle used to benchmark extraction.">',
  ];
  const body: string[] = ['</head><body>', product];
  let count = 40;
  let bytes = head.join('').length + product.length;
  const padding = 'x'.repeat(60);
  let i = 0;
  while (count < elements) {
    const chunk = `<div class="w w${i % 50}" data-i="${i}"><a href="/p/${i}">Related item ${i} ${padding}</a><span class="price">$${i % 100}.99</span></div>\n`;
    body.push(chunk);
    bytes += chunk.length;
    count += 3;
    i++;
  }
  // Inline script weight up to the target size, as real pages carry.
  if (bytes < targetBytes) body.push(`<script>var blob = "${'y'.repeat(targetBytes - bytes)}";</script>`);
  body.push('</body></html>');
  return head.join('') + body.join('');
}

/** An Amazon detail page's product block. */
const AMAZON_PRODUCT = `
<div id="dp-container"><div id="centerCol">
<span id="productTitle">Bench Electric Kettle, 1.7 L, Stainless Steel, Auto Shut-Off</span>
<a id="bylineInfo">Visit the Bench Store</a>
<span id="acrPopover" title="4.4 out of 5 stars"></span><span id="acrCustomerReviewText">3,210 ratings</span>
<div id="corePrice_feature_div"><span class="a-offscreen">$39.99</span></div>
<div id="feature-bullets"><ul>${Array.from({ length: 5 }, (_, i) => `<li><span class="a-list-item">Feature ${i} of the kettle, described in a sentence.</span></li>`).join('')}</ul></div>
<div id="availability"><span>In Stock</span></div><input type="hidden" name="ASIN" value="B0BENCH001">
</div></div>
<div id="aplus_feature_div"><div id="aplus">${Array.from({ length: 5 }, (_, i) => `<div class="aplus-module m${i}">Module ${i}</div>`).join('')}</div></div>
<script>var data = {'colorImages': { 'initial': [${Array.from({ length: 7 }, (_, i) => `{"hiRes":"https://m.media-amazon.com/images/I/bench${i}._AC_SL1500_.jpg","main":{"https://m.media-amazon.com/images/I/bench${i}._AC_SX679_.jpg":[679,679]}}`).join(',')}]}};</script>`;

const html = generatePage(2 * 1024 * 1024, 20_000);
const document = parseHtmlDocument(html);
const listing = extractListing(document, URL);

describe(`listing on a ${(html.length / 1024 / 1024).toFixed(2)} MB page, ${document.querySelectorAll('*').length} elements`, () => {
  bench(
    'parse (linkedom)',
    () => {
      parseHtmlDocument(html);
    },
    { iterations: 5, time: 0 },
  );
  bench('baseline: one querySelectorAll("*") walk', () => {
    document.querySelectorAll('*').length;
  });
  bench('PageIndex (the one walk extraction makes)', () => {
    new PageIndex(document);
  });
  bench('extractListing', () => {
    extractListing(document, URL);
  });
  bench('auditListing (copy checks on)', () => {
    auditListing(listing);
  });
  bench('extractListing + auditListing', () => {
    auditListing(extractListing(document, URL));
  });
});

const GENERIC_URL = 'https://shop.example/products/bench-kettle';
const genericHtml = generatePage(2 * 1024 * 1024, 20_000, GENERIC_PRODUCT);
const genericDocument = parseHtmlDocument(genericHtml);

describe(`generic store page, ${(genericHtml.length / 1024 / 1024).toFixed(2)} MB (main heading, buy box, price evidence, labelled SKU)`, () => {
  bench('baseline: one querySelectorAll("*") walk', () => {
    genericDocument.querySelectorAll('*').length;
  });
  bench('extractListing', () => {
    extractListing(genericDocument, GENERIC_URL);
  });
  bench('extractListing + auditListing', () => {
    auditListing(extractListing(genericDocument, GENERIC_URL));
  });
});
