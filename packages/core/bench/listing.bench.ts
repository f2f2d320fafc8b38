/** Benchmark: extract + audit on a generated 2 MB Amazon-like page with 20,000 elements (target: median < 30 ms after parsing). */
import { bench, describe } from 'vitest';
import { parseHtmlDocument } from '../src/html/index.js';
import { auditListing } from '../src/listing/audit-listing.js';
import { extractListing } from '../src/listing/extract-listing.js';
import { PageIndex } from '../src/listing/page-index.js';

const URL = 'https://www.amazon.com/dp/B0BENCH001';

/** A page shaped like a real detail page: head scripts, the product block, then a long tail of widgets. */
function generatePage(targetBytes: number, elements: number): string {
  const head = [
    '<!doctype html><html lang="en-us"><head><meta charset="utf-8"><title>Amazon.com: Bench Kettle</title>',
    '<meta name="description" content="A kettle used to benchmark extraction.">',
  ];
  const product = `
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
  const body: string[] = ['</head><body>', product];
  let count = 40;
  let bytes = head.join('').length + product.length;
  const padding = 'x'.repeat(60);
  let i = 0;
  while (count < elements) {
    const chunk = `<div class="w w${i % 50}" data-i="${i}"><a href="/p/${i}">Related item ${i} ${padding}</a><span class="p">$${i % 100}.99</span></div>\n`;
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
