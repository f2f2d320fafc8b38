/** Audit exports: Markdown, CSV, JSON and the clipboard summary of one audit record. */
import { emptyListing, type ListingReport } from '@revloop/core/listing';
import { describe, expect, it } from 'vitest';
import { auditSummary, auditToCsv, auditToJson, auditToMarkdown, CSV_HEADER, csvField } from './export.js';
import { listingKey } from './listing-key.js';
import type { AuditRecord } from './record.js';

function record(): AuditRecord {
  const listing = {
    ...emptyListing('https://www.amazon.com/dp/B000000001', 'amazon'),
    ids: { asin: 'B000000001' },
    title: 'Acme | Boots, "Trail" edition',
    bullets: ['a', 'b'],
  };
  const report = {
    score: 72,
    band: 'fair',
    findings: [
      { ruleId: 'listing/amazon/video', category: 'media', severity: 'info', message: 'Add a video.' },
      {
        ruleId: 'listing/amazon/title-length',
        category: 'title',
        severity: 'error',
        message: 'Title, too long\nsecond line',
        target: '#productTitle',
        field: 'title',
      },
    ],
    counts: { error: 1, warning: 0, info: 1 },
    penalties: [],
    rulesRun: 10,
    categories: {
      title: 85,
      bullets: 100,
      media: 99,
      description: 100,
      'social-proof': 100,
      'structured-data': 100,
      policy: 100,
      coverage: 100,
    },
    marketplace: 'amazon',
    packs: ['listing/core', 'listing/amazon'],
    copyChecked: true,
    warnings: [],
    configFindings: [
      {
        ruleId: 'config/invalid',
        category: 'config',
        severity: 'warning',
        field: 'rules.listing/amazon/no-such-rule',
        message: 'Unknown rule "listing/amazon/no-such-rule"; the setting is ignored.',
      },
    ],
  } as unknown as ListingReport;
  return {
    key: listingKey(listing),
    site: 'amazon',
    url: listing.url,
    at: Date.UTC(2026, 10, 27, 3, 0),
    listing,
    report,
    timings: { extractMs: 4, auditMs: 2 },
    previous: {
      at: Date.UTC(2026, 10, 20),
      score: 60,
      changes: [{ field: 'title', before: 'x', after: 'y', kind: 'changed' }],
    },
  };
}

describe('audit exports', () => {
  it('keys listings by their site and marketplace id', () => {
    expect(record().key).toBe('amazon:amazon.com:B000000001');
  });

  it('Markdown escapes table pipes and lists changes', () => {
    const md = auditToMarkdown(record());
    expect(md).toContain('# Listing audit: Acme | Boots');
    expect(md).toContain('**Score: 72/100**');
    expect(md).toContain('| error | listing/amazon/title-length | Title, too long second line |');
    expect(md).toContain('| title | 85 |');
    expect(md).toContain('- title (changed)');
  });

  it('CSV has one quoted row per finding and neutralises formulas', () => {
    const csv = auditToCsv(record());
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe(CSV_HEADER.join(','));
    expect(lines).toHaveLength(3);
    expect(csv).toContain('"Title, too long\nsecond line"');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('-5')).toBe("'-5");
  });

  it('JSON round-trips with score, findings and changes', () => {
    const parsed = JSON.parse(auditToJson(record()));
    expect(parsed.score).toBe(72);
    expect(parsed.findings).toHaveLength(2);
    expect(parsed.changes[0].field).toBe('title');
    expect(parsed.auditedAt).toBe('2026-11-27T03:00:00.000Z');
    expect(parsed.categories.coverage).toBe(100);
    expect(parsed.configFindings).toEqual([expect.objectContaining({ field: 'rules.listing/amazon/no-such-rule' })]);
  });

  it('exports a record stored before reports had configFindings', () => {
    const old = record();
    const { configFindings: _dropped, ...report } = old.report;
    const parsed = JSON.parse(auditToJson({ ...old, report }));
    expect(parsed.configFindings).toEqual([]);
    expect(auditToMarkdown({ ...old, report })).toContain('**Score: 72/100**');
  });

  it('summary names the score, counts and top findings', () => {
    const s = auditSummary(record());
    expect(s).toContain('Score 72/100 (1 errors, 0 warnings, 1 notes)');
    expect(s).toContain('- [info] Add a video.');
  });

  describe('a walled page', () => {
    const wall = { kind: 'bot-wall', evidence: 'the page says "robot check"' } as const;
    const notice = 'This is not a product page: the page says "robot check" (bot check). Nothing was scored.';
    function walled(): AuditRecord {
      const r = record();
      const { previous: _none, ...rest } = r;
      return {
        ...rest,
        listing: { ...r.listing, title: 'Robot Check', wall },
        report: {
          ...r.report,
          score: 0,
          band: 'poor',
          findings: [],
          counts: { error: 0, warning: 0, info: 0 },
          categories: Object.fromEntries(Object.keys(r.report.categories).map((c) => [c, 0])),
          configFindings: [],
          scored: false,
          wall,
        } as unknown as ListingReport,
      };
    }

    it('Markdown says "not scored" with the notice, and shows no score or categories', () => {
      const md = auditToMarkdown(walled());
      expect(md).toContain('- **Not scored**\n\nThis is not a product page: the page says "robot check" (bot check).');
      expect(md).not.toContain('/100');
      expect(md).not.toContain('## Categories');
      expect(md).not.toContain('## Findings');
    });

    it('CSV has one row whose score says "not scored" and whose message is the notice', () => {
      const lines = auditToCsv(walled()).trimEnd().split('\r\n');
      expect(lines).toEqual([
        CSV_HEADER.join(','),
        `https://www.amazon.com/dp/B000000001,amazon,2026-11-27T03:00:00.000Z,not scored,,,,,"${notice.replace(/"/g, '""')}",`,
      ]);
    });

    it('JSON has scored: false, no score or categories, and names the wall', () => {
      const parsed = JSON.parse(auditToJson(walled()));
      expect(parsed).toMatchObject({ scored: false, score: null, categories: null, wall, notice });
      expect(JSON.parse(auditToJson(record()))).toMatchObject({ scored: true, score: 72 });
    });

    it('summary says "not scored", never "Score 0/100"', () => {
      expect(auditSummary(walled())).toBe(`Robot Check\nNot scored: ${notice}\nhttps://www.amazon.com/dp/B000000001\n`);
    });
  });
});
