#!/usr/bin/env node
/** Rewrites listing fixture goldens from the current extraction (`--write name…` or `--write --all`); without `--write` it prints what would change. */
// Usage: pnpm exec tsx scripts/listing-goldens.mjs [--write] (--all | name…). Review the diff before committing: a golden is a claim about the page.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dir = join(root, 'test/fixtures/listings');
const args = process.argv.slice(2);
const write = args.includes('--write');
const names = args.includes('--all')
  ? readdirSync(dir)
      .filter((f) => f.endsWith('.html'))
      .map((f) => f.slice(0, -5))
  : args.filter((a) => !a.startsWith('--'));

const { parseHtmlDocument } = await import(join(root, 'packages/core/src/html/index.ts'));
const { extractListing } = await import(join(root, 'packages/core/src/listing/extract-listing.ts'));
const { auditListing } = await import(join(root, 'packages/core/src/listing/audit-listing.ts'));

const engineText = (warnings) =>
  warnings.map((w) => w.replace(/^(JSON-LD script \d+ is not valid JSON) \(.*\); skipped\.$/, '$1 (…); skipped.'));

for (const name of names) {
  const file = join(dir, `${name}.expected.json`);
  let expected;
  try {
    expected = JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    console.error(`${name}: no readable ${name}.expected.json; write one with at least {"url": "…", "sources": {}}.`);
    process.exitCode = 1;
    continue;
  }
  const listing = extractListing(parseHtmlDocument(readFileSync(join(dir, `${name}.html`), 'utf8')), expected.url);
  const report = auditListing(listing, { copy: false });
  const { warnings, ...rest } = listing;
  const next = {
    ...expected,
    listing: rest,
    sources: expected.sources ?? {},
    warnings: engineText(warnings),
    score: report.score,
    band: report.band,
    rules: [...new Set(report.findings.map((f) => f.ruleId))].sort(),
  };
  const before = JSON.stringify(expected, null, 2);
  const after = JSON.stringify(next, null, 2);
  if (before === after) continue;
  console.log(`${name}: ${write ? 'rewritten' : 'would change'}`);
  if (write) writeFileSync(file, `${after}\n`);
}
