/** Adversarial extraction: 100 kB of `<`, `<br`, `<li`, `‹` and nested tags in every field extraction reads; each must stay under 20 ms. */
import { bench, describe } from 'vitest';
import { auditHtml } from '../src/html/index.js';
import { extractListing } from '../src/listing/extract-listing.js';
import { adversarialPages, adversarialTexts, browserLikeDocument } from './adversarial-pages.js';

const texts = adversarialTexts();
const fields = Object.keys(adversarialPages(''));

// One group per field; its first bench (plain words in the same field, same size) is the in-run baseline.
for (const field of fields) {
  describe(`extractListing, 100 kB in ${field}`, () => {
    for (const [pattern, text] of Object.entries(texts)) {
      const { html, url } = adversarialPages(text)[field]!;
      const document = browserLikeDocument(html);
      bench(pattern, () => {
        extractListing(document, url);
      });
    }
  });
}

describe('auditHtml guards (before linkedom parses)', () => {
  const plain = `<h1>Mug</h1>${'<div><p>para</p></div>'.repeat(5_000)}`;
  const deep = `${'<div>'.repeat(100_000)}x${'</div>'.repeat(100_000)}`;
  const huge = `<p>${'x'.repeat(6 * 1024 * 1024)}</p>`;
  bench('baseline: auditHtml on a 110 kB flat page', () => {
    auditHtml(plain, 'https://shop.example/p', { copy: false });
  });
  bench('100,000 nested divs → html/too-deep', () => {
    try {
      auditHtml(deep, 'https://shop.example/p');
    } catch {
      // The typed refusal is the result being timed.
    }
  });
  bench('6 MB page → html/too-large', () => {
    try {
      auditHtml(huge, 'https://shop.example/p');
    } catch {
      // As above.
    }
  });
});
