#!/usr/bin/env node
/** Listing extraction accuracy on a set of saved product pages with checked truth (the dev-pages layout), per field and per store family. */
// Usage: pnpm exec tsx scripts/listing-accuracy.mjs [dev-pages dir] [--json] [--misses field|all] (reads the core's source, no build needed)
// The pages are third-party content kept outside the repository; without them this prints how to get them and exits 0.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const json = args.includes('--json');
const missesFor = args.includes('--misses') ? args[args.indexOf('--misses') + 1] : null;
const dirArg = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--misses');
const dir = resolve(dirArg ?? process.env.REVLOOP_DEV_PAGES ?? join(root, '..', 'shared', 'reference', 'dev-pages'));

if (!existsSync(join(dir, 'truth.json'))) {
  console.log(`No dev pages at ${dir} (truth.json missing); pass the directory or set REVLOOP_DEV_PAGES.`);
  process.exit(0);
}

const { parseHtmlDocument } = await import(join(root, 'packages/core/src/html/index.ts'));
const { extractListing } = await import(join(root, 'packages/core/src/listing/index.ts'));

const squash = (s) =>
  String(s ?? '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

/** Field name → (truth, listing, page kind) → right? Only fields present in the truth are scored. */
const FIELDS = {
  kind: (want, _l, kind) => want === kind,
  title: (want, l) => squash(want) === squash(l.title),
  brand: (want, l) => squash(want) === squash(l.brand),
  price: (want, l) =>
    l.price !== null && Math.abs(l.price.amount - want.amount) < 0.005 && l.price.currency === want.currency,
  availability: (want, l) => want === l.availability,
  sku: (want, l) => squash(want) === squash(l.ids.sku ?? l.ids.itemId),
  gtin: (want, l) => String(want).replace(/^0+/, '') === String(l.ids.gtin ?? '').replace(/^0+/, ''),
  asin: (want, l) => want === l.ids.asin,
  rating: (want, l) => l.rating !== null && Math.abs(l.rating - want) < 0.051,
  reviewCount: (want, l) => want === l.reviewCount,
  imageCount: (want, l) => want === l.images.length,
};

/** Store family for the per-family table: the big adapters by name, everything else generic. */
function family(record) {
  if (['amazon', 'walmart', 'shopify'].includes(record.marketplace)) return record.marketplace;
  if (record.locale && !record.locale.endsWith('-US') && record.locale !== 'en') return 'generic-eu';
  return 'generic-us';
}

const records = JSON.parse(readFileSync(join(dir, 'truth.json'), 'utf8'));
const table = {}; // family → field → [right, total]
const misses = [];
const times = [];
const extractTimes = [];
for (const record of records) {
  const html = gunzipSync(readFileSync(join(dir, record.file))).toString('utf8');
  const started = performance.now();
  let listing;
  let kind = 'product';
  try {
    const doc = parseHtmlDocument(html);
    const parsed = performance.now();
    listing = extractListing(doc, record.url);
    extractTimes.push(performance.now() - parsed);
    if (listing.wall) kind = 'bot-wall';
  } catch (error) {
    listing = null;
    misses.push({ file: record.file, field: '*', want: 'a listing', got: String(error) });
  }
  times.push(performance.now() - started);
  const fam = family(record);
  const checks = { ...record.truth, ...(record.truth.ids ?? {}) };
  delete checks.ids;
  for (const [field, want] of Object.entries(checks)) {
    const check = FIELDS[field];
    if (!check) continue;
    if (record.truth.kind === 'bot-wall' && field !== 'kind') continue;
    const right = listing !== null && check(want, listing, kind);
    for (const key of [fam, 'all']) {
      table[key] ??= {};
      table[key][field] ??= [0, 0];
      table[key][field][0] += right ? 1 : 0;
      table[key][field][1] += 1;
    }
    if (!right) {
      const got =
        listing === null
          ? null
          : field === 'kind'
            ? kind
            : field === 'imageCount'
              ? listing.images.length
              : ['sku', 'gtin', 'asin'].includes(field)
                ? listing.ids
                : listing[field];
      misses.push({ file: record.file, url: record.url, field, want, got });
    }
  }
}

const fields = Object.keys(FIELDS);
const families = Object.keys(table).sort((a, b) => (a === 'all' ? 1 : b === 'all' ? -1 : a.localeCompare(b)));
const pct = (cell) => (cell ? `${Math.round((100 * cell[0]) / cell[1])}% (${cell[0]}/${cell[1]})` : '—');
const overall = Object.values(table.all ?? {}).reduce((acc, [r, t]) => [acc[0] + r, acc[1] + t], [0, 0]);
times.sort((a, b) => a - b);
extractTimes.sort((a, b) => a - b);
const quantile = (list, q) => (list.length ? list[Math.min(list.length - 1, Math.floor(q * list.length))] : 0);

if (json) {
  console.log(JSON.stringify({ pages: records.length, table, overall, misses }, null, 2));
} else if (missesFor) {
  for (const miss of misses.filter((m) => m.field === missesFor || missesFor === 'all')) {
    console.log(
      `${miss.file} ${miss.field}: want ${JSON.stringify(miss.want)} got ${JSON.stringify(miss.got)?.slice(0, 200)}`,
    );
  }
} else {
  console.log(`| family | ${fields.join(' | ')} |`);
  console.log(`| --- | ${fields.map(() => '---').join(' | ')} |`);
  for (const fam of families) console.log(`| ${fam} | ${fields.map((f) => pct(table[fam][f])).join(' | ')} |`);
  console.log(
    `\n${records.length} pages; all checks right: ${pct(overall)}; extractListing after parsing: median ${quantile(extractTimes, 0.5).toFixed(1)} ms, p95 ${quantile(extractTimes, 0.95).toFixed(1)} ms, max ${quantile(extractTimes, 1).toFixed(1)} ms; parse + extract median ${quantile(times, 0.5).toFixed(1)} ms`,
  );
}
