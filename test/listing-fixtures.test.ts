// Golden tests: every listing fixture, parsed with linkedom, extracted and audited against its expected file.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from '../packages/core/src/html/index.js';
import { auditListing } from '../packages/core/src/listing/audit-listing.js';
import { extractListing } from '../packages/core/src/listing/extract-listing.js';
import type { Listing } from '../packages/core/src/listing/listing-schema.js';
import { ListingSchema } from '../packages/core/src/listing/listing-schema.js';

const DIR = join(__dirname, 'fixtures/listings');

interface Expected {
  url: string;
  /** The whole extracted listing (every field, `extraction` included) except `warnings`, which come next. */
  listing: Omit<Listing, 'warnings'>;
  /** field → "source" or "source:selector": the sources worth reading at a glance (all are in `listing.extraction.fields`). */
  sources: Record<string, string>;
  /** The exact extraction warnings, in order; [] means none. */
  warnings: string[];
  /** The exact score with the copy checks off. */
  score: number;
  band: 'good' | 'fair' | 'poor';
  /** The exact set of rule ids that raise findings (copy checks off). */
  rules: string[];
}

/**
 * Warnings quote the JavaScript engine's own JSON.parse message, which differs between Node versions (Node 22
 * appends the line and column); the golden files keep "(…)" in its place so they pass on every supported Node.
 */
const withoutEngineText = (warnings: readonly string[]) =>
  warnings.map((w) => w.replace(/^(JSON-LD script \d+ is not valid JSON) \(.*\); skipped\.$/, '$1 (…); skipped.'));

const fixtures = readdirSync(DIR)
  .filter((f) => f.endsWith('.html'))
  .map((f) => f.replace(/\.html$/, ''));

describe('listing fixtures', () => {
  it('has the required fixture set', () => {
    const count = (prefix: string) => fixtures.filter((f) => f.startsWith(prefix)).length;
    expect(count('amazon-')).toBeGreaterThanOrEqual(4);
    expect(count('walmart-')).toBeGreaterThanOrEqual(2);
    expect(count('shopify-')).toBeGreaterThanOrEqual(3);
    expect(count('generic-')).toBeGreaterThanOrEqual(2);
    expect(count('hostile')).toBeGreaterThanOrEqual(1);
  });

  for (const name of fixtures) {
    describe(name, () => {
      const html = readFileSync(join(DIR, `${name}.html`), 'utf8');
      const expected = JSON.parse(readFileSync(join(DIR, `${name}.expected.json`), 'utf8')) as Expected;
      const document = parseHtmlDocument(html);
      const listing = extractListing(document, expected.url);

      it('is a valid Listing', () => {
        expect(ListingSchema.safeParse(listing).success).toBe(true);
      });

      it('extracts exactly the golden listing', () => {
        const { warnings, ...rest } = listing;
        // Field by field first, so a failure names the field; then the whole object, so no field goes unchecked.
        for (const [field, value] of Object.entries(expected.listing)) {
          expect({ field, value: rest[field as keyof typeof rest] }).toEqual({ field, value });
        }
        expect(rest).toEqual(expected.listing);
        expect(withoutEngineText(warnings)).toEqual(expected.warnings);
      });

      it('records where each field came from, with selectors that find the element', () => {
        for (const [field, want] of Object.entries(expected.sources)) {
          const got = listing.extraction.fields[field];
          const text = got?.selector && want.includes(':') ? `${got.source}:${got.selector}` : got?.source;
          expect({ field, source: text }).toEqual({ field, source: want });
        }
        for (const [field, source] of Object.entries(listing.extraction.fields)) {
          if (!source.selector) continue;
          expect({ field, found: document.querySelector(source.selector) !== null }).toEqual({ field, found: true });
        }
      });

      it('runs the copy checks through the bridge with fields and ranges inside the field text', () => {
        const report = auditListing(listing);
        if (expected.listing.wall) {
          // A wall is not a product page: nothing runs, nothing is scored.
          expect(report).toMatchObject({ scored: false, score: 0, findings: [], copyChecked: false, rulesRun: 0 });
          return;
        }
        expect(report.copyChecked).toBe(true);
        expect(report.findings.filter((f) => f.ruleId === 'internal-error')).toEqual([]);
        for (const f of report.findings.filter((x) => x.ruleId.startsWith('copy/'))) {
          const text =
            f.field === 'title'
              ? listing.title
              : f.field === 'description'
                ? listing.description
                : listing.bullets[Number(f.field?.split('.')[1])];
          expect(typeof text, `${f.ruleId} ${f.field}`).toBe('string');
          if (f.range) expect(f.range[1]).toBeLessThanOrEqual(text?.length ?? 0);
        }
        expect(report.score).toBeLessThanOrEqual(auditListing(listing, { copy: false }).score);
      });

      it('scores exactly the golden score, in its band, with the golden rules', () => {
        const report = auditListing(listing, { copy: false });
        expect({ band: report.band, score: report.score }).toEqual({ band: expected.band, score: expected.score });
        expect(withoutEngineText(report.warnings)).toEqual(expected.warnings);
        expect([...new Set(report.findings.map((f) => f.ruleId))].sort()).toEqual([...expected.rules].sort());
        expect(report.scored).toBe(!expected.listing.wall);
        const lost = report.penalties.reduce((sum, p) => sum + p.points, 0);
        if (report.scored) expect(report.score).toBe(Math.max(0, Math.round(100 - lost)));
        for (const f of report.findings) {
          expect(f.field, f.ruleId).toBeTruthy();
          if (f.target) expect(document.querySelector(f.target), f.target).not.toBeNull();
        }
      });
    });
  }
});
