import { describe, expect, it } from 'vitest';
import type { Report } from '../engine/report.js';
import { auditListing, listingCategoryScores, listingRulePacks } from './audit-listing.js';
import { emptyListing, type Listing } from './listing-schema.js';
import { listingExampleContext } from './rules/context.js';

const amazon = (over: Partial<Listing> = {}): Listing => ({
  ...emptyListing('https://www.amazon.com/dp/B0TEST0001', 'amazon'),
  title: 'Trailhead Waterproof Hiking Boots for Men, Leather',
  bullets: ['One', 'Two', 'Three', 'Four', 'Five'],
  images: Array.from({ length: 7 }, (_, i) => ({
    url: `https://m.media-amazon.com/${i}.jpg`,
    width: 1500,
    height: 1500,
  })),
  videoCount: 1,
  hasAPlus: true,
  aPlusModuleCount: 5,
  rating: 4.6,
  reviewCount: 2000,
  extraction: { title: { strategy: 'amazon-dom', selector: '#productTitle' } },
  ...over,
});

describe('auditListing', () => {
  it('scores a complete Amazon listing 100 with every category at 100', () => {
    const report = auditListing(amazon(), { copy: false });
    expect(report).toMatchObject({ score: 100, band: 'good', marketplace: 'amazon', packs: ['amazon'], findings: [] });
    expect(Object.values(report.categories).every((v) => v === 100)).toBe(true);
  });

  it('explains every lost point by category', () => {
    const report = auditListing(amazon({ videoCount: 0, images: [], title: 'x'.repeat(201) }), { copy: false });
    expect(report.penalties).toEqual([
      { ruleId: 'amazon/title-length', findings: 1, points: 15 },
      { ruleId: 'amazon/image-count', findings: 1, points: 5 },
      { ruleId: 'amazon/video', findings: 1, points: 1 },
    ]);
    expect(report.score).toBe(79);
    expect(report.categories).toMatchObject({ title: 85, media: 94, bullets: 100 });
    expect(report.findings[0]).toMatchObject({ field: 'title', target: '#productTitle', evidence: { limit: 200 } });
  });

  it('runs the Google merchant and SEO packs for stores, and the marketplace can be overridden', () => {
    expect(auditListing(emptyListing('https://x.test/p'), { copy: false }).packs).toEqual([
      'google-merchant',
      'generic-seo',
    ]);
    expect(auditListing(amazon(), { copy: false, marketplace: 'walmart' }).packs).toEqual(['walmart']);
  });

  it('applies thresholds and config', () => {
    const strict = auditListing(amazon(), {
      copy: false,
      thresholds: { amazon: { imageMinCount: 9, imageRecommendedCount: 9 } },
    });
    expect(strict.findings.map((f) => [f.ruleId, f.evidence?.limit])).toEqual([['amazon/image-count', 9]]);
    const off = auditListing(amazon({ videoCount: 0 }), { copy: false, config: { rules: { 'amazon/video': 'off' } } });
    expect(off.findings).toEqual([]);
  });

  it('turns bad thresholds and config into findings naming the key, never a throw', () => {
    const report = auditListing(amazon(), {
      copy: false,
      thresholds: { amazon: { titleMaxChars: -1 } },
      config: { rules: { 'amazon/video': { severity: 'loud' } } },
    });
    expect(report.findings.map((f) => f.field).sort()).toEqual([
      'rules.amazon/video.severity',
      'thresholds.amazon.titleMaxChars',
    ]);
  });

  it('attaches copy findings with field, range and target, drops length, and maps categories', () => {
    const lintCopy = (text: string, options: { placement?: string }): Report => {
      const at = text.indexOf('cure');
      const findings = [
        { ruleId: 'copy/length', category: 'length', severity: 'error' as const, message: 'long' },
        ...(at >= 0
          ? [
              {
                ruleId: 'copy/claims',
                category: 'claims',
                severity: 'error' as const,
                message: `claim (${options.placement})`,
                range: [at, at + 4] as [number, number],
              },
            ]
          : []),
        ...(text.startsWith('TODO')
          ? [
              {
                ruleId: 'copy/ai',
                category: 'ai-tells',
                severity: 'warning' as const,
                message: 'x',
                range: [0, 4] as [number, number],
              },
            ]
          : []),
      ];
      return { score: 0, findings, counts: { error: 0, warning: 0, info: 0 }, penalties: [], rulesRun: 1 };
    };
    const listing = amazon({
      bullets: ['One', 'Two', 'Helps cure colds', 'Four', 'Five'],
      description: 'TODO write this',
      extraction: {
        title: { strategy: 'amazon-dom', selector: '#productTitle' },
        'bullets.2': { strategy: 'amazon-dom', selector: '#b2' },
      },
    });
    const report = auditListing(listing, { copy: { lintCopy } });
    expect(report.copyChecked).toBe(true);
    expect(
      report.findings.map(({ ruleId, field, range, target, message }) => ({ ruleId, field, range, target, message })),
    ).toEqual([
      { ruleId: 'copy/claims', field: 'bullets.2', range: [6, 10], target: '#b2', message: 'claim (amazon.bullet)' },
      { ruleId: 'copy/ai', field: 'description', range: [0, 4], target: undefined, message: 'x' },
    ]);
    expect(report.categories).toMatchObject({ policy: 85, description: 95, title: 100 });
  });

  it('reports a throwing copy module as one internal-error finding', () => {
    const report = auditListing(amazon(), {
      copy: {
        lintCopy: () => {
          throw new Error('copy down');
        },
      },
    });
    expect(report.findings).toMatchObject([{ ruleId: 'internal-error', target: 'copy' }]);
  });

  it('listingCategoryScores splits a rule across the categories of its findings', () => {
    const scores = listingCategoryScores({
      findings: [
        { ruleId: 'copy/x', category: 'claims', severity: 'error', message: '', field: 'title' },
        { ruleId: 'copy/x', category: 'readability', severity: 'error', message: '', field: 'title' },
      ],
      penalties: [{ ruleId: 'copy/x', findings: 2, points: 30 }],
    });
    expect(scores).toMatchObject({ policy: 85, title: 85 });
  });

  it('exports packs whose example contexts are listings', () => {
    expect(listingRulePacks.map((p) => p.id)).toEqual(['amazon', 'walmart', 'google-merchant', 'generic-seo']);
    expect(listingExampleContext({ title: 'x' }).listing.title).toBe('x');
  });
});

describe('copy overlaps', () => {
  it('drops copy findings a marketplace pack already charges, unless asked to keep them', () => {
    const lintCopy = (): Report => ({
      score: 0,
      findings: [
        { ruleId: 'copy/policy/title-characters', category: 'policy', severity: 'error', message: 'x', range: [0, 1] },
      ],
      counts: { error: 1, warning: 0, info: 0 },
      penalties: [],
      rulesRun: 1,
    });
    const listing = amazon({ bullets: [], description: null });
    expect(auditListing(listing, { copy: { lintCopy } }).findings.map((f) => f.ruleId)).toEqual([
      'amazon/bullet-count',
    ]);
    expect(auditListing(listing, { copy: { lintCopy, keepOverlaps: true } }).findings.map((f) => f.ruleId)).toEqual([
      'copy/policy/title-characters',
      'amazon/bullet-count',
    ]);
  });
});
