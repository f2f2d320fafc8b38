/** Benchmark: extraction time per page on every listing fixture (parsed once), against one `querySelectorAll('*')` walk of the same page. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bench, describe } from 'vitest';
import { parseHtmlDocument } from '../src/html/index.js';
import { extractListing } from '../src/listing/extract-listing.js';

const DIR = join(__dirname, '../../../test/fixtures/listings');

const pages = readdirSync(DIR)
  .filter((f) => f.endsWith('.html'))
  .sort()
  .map((file) => {
    const name = file.slice(0, -5);
    const { url } = JSON.parse(readFileSync(join(DIR, `${name}.expected.json`), 'utf8')) as { url: string };
    return { name, url, document: parseHtmlDocument(readFileSync(join(DIR, file), 'utf8')) };
  });

for (const { name, url, document } of pages) {
  describe(`page ${name} (${document.querySelectorAll('*').length} elements)`, () => {
    bench('baseline: one querySelectorAll("*") walk', () => {
      document.querySelectorAll('*').length;
    });
    bench('extractListing', () => {
      extractListing(document, url);
    });
  });
}
