// Tests for auditListing: packs per marketplace, categories, config kept out of the score, input checks, caps, empty pages.
import { describe, expect, it } from 'vitest';
import { isRevloopError, type RevloopError } from '../engine/errors.js';
import type { Report } from '../engine/report.js';
import { auditHtml } from '../html/index.js';
import {
  auditListing,
  capListingFindings,
  LISTING_MAX_FINDINGS_PER_RULE,
  listingCategoryScores,
  listingRulePacks,
} from './audit-listing.js';
import * as listingModule from './index.js';
import { assertListing } from './listing-input.js';
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
  extraction: { fields: { title: { source: 'amazon-dom', selector: '#productTitle', confidence: 0.95 } } },
  ...over,
});

describe('auditListing', () => {
  it('scores a complete Amazon listing 100 with every category at 100', () => {
    const report = auditListing(amazon(), { copy: false });
    expect(report).toMatchObject({
      score: 100,
      band: 'good',
      marketplace: 'amazon',
      packs: ['listing/core', 'listing/amazon'],
      findings: [],
    });
    expect(Object.values(report.categories).every((v) => v === 100)).toBe(true);
  });

  it('explains every lost point by category', () => {
    const report = auditListing(amazon({ videoCount: 0, images: [], title: 'x'.repeat(201) }), { copy: false });
    expect(report.penalties).toEqual([
      { ruleId: 'listing/amazon/title-length', findings: 1, points: 15 },
      { ruleId: 'listing/amazon/image-count', findings: 1, points: 5 },
      { ruleId: 'listing/amazon/video', findings: 1, points: 1 },
    ]);
    expect(report.score).toBe(79);
    expect(report.categories).toMatchObject({ title: 85, media: 94, bullets: 100 });
    expect(report.findings[0]).toMatchObject({ field: 'title', target: '#productTitle', evidence: { limit: 200 } });
  });

  it('runs the Google merchant and SEO packs for stores, and the marketplace can be overridden', () => {
    expect(auditListing(emptyListing('https://x.test/p'), { copy: false }).packs).toEqual([
      'listing/core',
      'listing/google-merchant',
      'listing/generic-seo',
    ]);
    expect(auditListing(amazon(), { copy: false, marketplace: 'walmart' }).packs).toEqual([
      'listing/core',
      'listing/walmart',
    ]);
  });

  it('applies thresholds and config', () => {
    const strict = auditListing(amazon(), {
      copy: false,
      thresholds: { amazon: { imageMinCount: 9, imageRecommendedCount: 9 } },
    });
    expect(strict.findings.map((f) => [f.ruleId, f.evidence?.limit])).toEqual([['listing/amazon/image-count', 9]]);
    const off = auditListing(amazon({ videoCount: 0 }), {
      copy: false,
      config: { rules: { 'listing/amazon/video': 'off' } },
    });
    expect(off.findings).toEqual([]);
  });

  it('turns bad thresholds and config into config findings naming the key, never a throw', () => {
    const report = auditListing(amazon(), {
      copy: false,
      thresholds: { amazon: { titleMaxChars: -1 } },
      config: { rules: { 'listing/amazon/video': { severity: 'loud' } } },
    });
    expect(report.findings).toEqual([]);
    expect(report.configFindings.map((f) => f.field).sort()).toEqual([
      'rules.listing/amazon/video.severity',
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
        fields: {
          title: { source: 'amazon-dom', selector: '#productTitle', confidence: 0.95 },
          'bullets.2': { source: 'amazon-dom', selector: '#b2', confidence: 0.95 },
        },
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
    expect(listingRulePacks.map((p) => p.id)).toEqual([
      'listing/core',
      'listing/amazon',
      'listing/walmart',
      'listing/google-merchant',
      'listing/generic-seo',
    ]);
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
      'listing/amazon/bullet-count',
    ]);
    expect(auditListing(listing, { copy: { lintCopy, keepOverlaps: true } }).findings.map((f) => f.ruleId)).toEqual([
      'copy/policy/title-characters',
      'listing/amazon/bullet-count',
    ]);
  });
});

describe('rule ids carry their module', () => {
  it('every listing rule id starts with listing/ and keeps its old id as an alias', () => {
    for (const pack of listingRulePacks) {
      expect(pack.id.startsWith('listing/')).toBe(true);
      for (const rule of pack.rules) {
        expect(rule.id.startsWith(`${pack.id}/`)).toBe(true);
        if (pack.id !== 'listing/core') expect(rule.aliases).toEqual([rule.id.slice('listing/'.length)]);
      }
    }
  });

  it('old ids in config still apply for one minor version, with an info config finding', () => {
    const report = auditListing(amazon({ videoCount: 0 }), {
      copy: false,
      config: { rules: { 'amazon/video': 'off' } },
    });
    expect(report.findings).toEqual([]);
    expect(report.configFindings).toMatchObject([
      { ruleId: 'config/invalid', severity: 'info', field: 'rules.amazon/video' },
    ]);
    const weighted = auditListing(amazon({ videoCount: 0 }), {
      copy: false,
      config: { rules: { 'amazon/video': { severity: 'error' } } },
    });
    expect(weighted.findings).toMatchObject([{ ruleId: 'listing/amazon/video', severity: 'error' }]);
    expect(weighted.score).toBe(85);
  });
});

describe('config never changes the score', () => {
  const weak = amazon({ videoCount: 0, images: [], title: 'x'.repeat(201), bullets: ['Cold ❄'] });
  const lintCopy = (_text: string, options: { config?: unknown }) => ({
    score: 100,
    findings: [],
    counts: { error: 0, warning: 0, info: 0 },
    penalties: [],
    rulesRun: 0,
    configFindings:
      options.config === undefined
        ? []
        : [
            {
              ruleId: 'config/invalid',
              category: 'config',
              severity: 'error' as const,
              message: 'bad',
              field: 'rules.x',
            },
          ],
  });

  it.each([
    ['a typo in a rule id', { config: { rules: { 'listing/amazon/vidoe': 'off' } } }, ['rules.listing/amazon/vidoe']],
    ['a bad severity', { config: { rules: { 'listing/amazon/video': 'loud' } } }, ['rules.listing/amazon/video']],
    ['an unknown config key', { config: { rule: {} } }, ['rule']],
    ['a typo in a threshold', { thresholds: { amazon: { titleMaxChar: 100 } } }, ['thresholds.amazon.titleMaxChar']],
    ['a bad threshold value', { thresholds: { amazon: { titleMaxChars: 'x' } } }, ['thresholds.amazon.titleMaxChars']],
    ['an unknown marketplace', { marketplace: 'ebay' }, ['marketplace']],
    ['bad copy config, reported once', { copy: { lintCopy, config: { nope: 1 } } }, ['rules.x']],
  ])('%s: same score, penalties and categories as without it', (_name, options, fields) => {
    const base = auditListing(weak, { copy: { lintCopy } });
    const typo = auditListing(weak, { copy: { lintCopy }, ...(options as object) });
    expect(typo.score).toBe(base.score);
    expect(typo.penalties).toEqual(base.penalties);
    expect(typo.categories).toEqual(base.categories);
    expect(typo.findings).toEqual(base.findings);
    expect(base.configFindings).toEqual([]);
    expect(typo.configFindings.map((f) => f.field)).toEqual(fields);
    expect(typo.configFindings.every((f) => f.ruleId === 'config/invalid')).toBe(true);
  });

  it('non-object options are a config finding, not a throw', () => {
    const report = auditListing(weak, 'strict' as never);
    expect(report.configFindings.map((f) => f.field)).toEqual(['(root)']);
    expect(report.score).toBe(auditListing(weak).score);
  });
});

describe('auditListing input', () => {
  const valid = amazon();
  it.each([
    ['null', null, 'listing'],
    ['undefined', undefined, 'listing'],
    ['a string', '<html>', 'listing'],
    ['a number', 42, 'listing'],
    ['an array', [valid], 'listing'],
    ['an empty object', {}, 'listing.marketplace listing.url'],
    ['a report instead of a listing', { score: 80, marketplace: 'amazon', warnings: [] }, 'listing.url'],
    ['an unknown marketplace', { ...valid, marketplace: 'ebay' }, 'listing.marketplace'],
    ['a numeric title', { ...valid, title: 42 }, 'listing.title'],
    ['bullets as a string', { ...valid, bullets: 'one, two' }, 'listing.bullets'],
    ['a non-string bullet', { ...valid, bullets: ['a', 7, 8] }, 'listing.bullets.1'],
    ['an image without url', { ...valid, images: [{ src: 'a.jpg' }] }, 'listing.images.0'],
    ['a price as a string', { ...valid, price: '$5' }, 'listing.price'],
    ['a negative video count', { ...valid, videoCount: -1 }, 'listing.videoCount'],
    ['seo as a string', { ...valid, seo: 'none' }, 'listing.seo'],
    ['a bad JSON-LD node', { ...valid, structuredData: { jsonLd: ['x'] } }, 'listing.structuredData.jsonLd.0'],
    [
      'several bad fields at once',
      { ...valid, title: 1, rating: 'high', warnings: null },
      'listing.title listing.rating listing.warnings',
    ],
  ])('%s throws listing/invalid-input naming each bad field, never a TypeError', (_name, input, fields) => {
    let error: unknown;
    try {
      auditListing(input as Listing, { copy: false });
    } catch (e) {
      error = e;
    }
    expect(isRevloopError(error)).toBe(true);
    expect(error).toMatchObject({ code: 'listing/invalid-input' });
    const findings = (error as RevloopError).findings;
    expect(findings.map((f) => f.field).join(' ')).toBe(fields);
    expect(findings.every((f) => f.ruleId === 'listing/invalid-input' && f.severity === 'error')).toBe(true);
  });

  it('fills in missing fields (a listing stored by an older version) instead of throwing', () => {
    const { seo: _seo, structuredData: _sd, extraction: _e, warnings: _w, breadcrumbs: _b, ...old } = valid;
    const report = auditListing(old as Listing, { copy: false });
    expect(report.score).toBe(auditListing(valid, { copy: false }).score);
    expect(report.warnings).toEqual([]);
  });

  it('a minimal listing with only marketplace and url audits as an empty page', () => {
    const report = auditListing({ marketplace: 'generic', url: 'https://x.test/' } as Listing, { copy: false });
    expect(report.band).toBe('poor');
  });
});

describe('findings are capped per rule, the score counts them all', () => {
  it('a 20,000-bullet page lists 50 findings per rule and one "and 19,950 more" summary', () => {
    const bullets = Array.from({ length: 20_000 }, (_, i) => `${'x'.repeat(300)} ${i} ™`);
    const report = auditListing(amazon({ bullets }), { copy: false });
    const length = report.findings.filter((f) => f.ruleId === 'listing/amazon/bullet-length');
    expect(length).toHaveLength(LISTING_MAX_FINDINGS_PER_RULE + 1);
    const summary = length.find((f) => f.evidence?.unit === 'more findings');
    expect(summary).toMatchObject({
      severity: 'warning',
      field: 'bullets',
      evidence: { value: 19_950, limit: 50, unit: 'more findings' },
    });
    expect(summary?.message).toContain('and 19,950 more');
    expect(summary?.message).toContain('all 20,000');
    expect(report.findings.filter((f) => f.ruleId === 'listing/amazon/bullet-characters')).toHaveLength(51);
    expect(report.findings.length).toBeLessThanOrEqual(2 * 51 + 10);
    // Penalties and counts see every finding.
    expect(report.penalties.find((p) => p.ruleId === 'listing/amazon/bullet-length')).toEqual({
      ruleId: 'listing/amazon/bullet-length',
      findings: 20_000,
      points: 30,
    });
    expect(report.counts.error).toBe(20_000);
    expect(report.score).toBe(100 - 30 - 30);
  });

  it('scores the dropped findings too: a low weight cannot hide them behind the cap', () => {
    const bullets = Array.from({ length: 400 }, (_, i) => `${'x'.repeat(300)} ${i}`);
    const report = auditListing(amazon({ bullets }), {
      copy: false,
      config: { rules: { 'listing/amazon/bullet-length': { weight: 0.1 } } },
    });
    // 400 warnings × 5 × 0.1 = 200, capped at 30; the 50 listed alone would only cost 25.
    expect(report.penalties).toEqual([{ ruleId: 'listing/amazon/bullet-length', findings: 400, points: 30 }]);
    expect(report.score).toBe(70);
  });

  it('capListingFindings keeps the most severe first and names the worst dropped severity', () => {
    const f = (severity: 'error' | 'warning' | 'info', i: number) => ({
      ruleId: 'r/x',
      category: 'title',
      severity,
      message: String(i),
      field: `bullets.${i}`,
    });
    const out = capListingFindings([f('info', 0), f('warning', 1), f('error', 2), f('info', 3), f('warning', 4)], 2);
    expect(out.map((x) => [x.severity, x.field, x.evidence?.value])).toEqual([
      ['error', 'bullets.2', undefined],
      ['warning', 'bullets.1', undefined],
      ['warning', 'bullets', 3],
    ]);
    expect(out[2]?.message).toContain('and 3 more');
  });
});

describe('pages with nothing to audit score poor', () => {
  it.each(['amazon', 'walmart', 'shopify', 'generic'] as const)('%s: empty and title-only pages are poor', (m) => {
    const empty = emptyListing('https://x.test/p', m);
    for (const listing of [empty, { ...empty, title: 'Trailhead Waterproof Hiking Boots for Men, Leather' }]) {
      const report = auditListing(listing, { copy: false });
      expect(report.band).toBe('poor');
      expect(report.findings.find((f) => f.ruleId === 'listing/core/not-enough-content')).toMatchObject({
        severity: 'error',
      });
      expect(report.categories.coverage).toBe(70);
    }
  });

  it('the Amazon home page and a store home page are poor, not fair', () => {
    const home =
      '<html><head><title>Amazon.com. Spend less. Smile more.</title><meta name="description" content="Free shipping on millions of items."></head><body><h1>Today\'s deals</h1><img src="a.jpg" alt="deal"><a href="/dp/B0C7TRAIL1">Kettle</a><span class="a-price">$19.99</span></body></html>';
    for (const url of ['https://www.amazon.com/', 'https://shop.example/']) {
      const { report } = auditHtml(home, url, { copy: false });
      expect({ url, band: report.band }).toEqual({ url, band: 'poor' });
      expect(report.findings.map((f) => f.ruleId)).toContain('listing/core/not-enough-content');
    }
  });

  it('a complete listing does not trip the essentials rule', () => {
    expect(auditListing(amazon({ price: { amount: 5, currency: 'USD' } }), { copy: false }).score).toBe(100);
  });
});

describe('filling in missing fields', () => {
  it('keeps the keys it does not check', () => {
    const { warnings: _w, ...old } = amazon();
    const listing = { ...old, truncated: { bullets: 3 } } as unknown as Listing;
    expect(assertListing(listing)).toMatchObject({ warnings: [], truncated: { bullets: 3 } });
  });
});

describe('public surface', () => {
  it.each([
    'assertListing',
    'capListingFindings',
    'listingCategoryOf',
    'listingCategoryScores',
    'listingCopyFindings',
    'listingCopyPlacements',
  ])('%s is internal: not exported from @revloop/core/listing', (name) => {
    expect(Object.keys(listingModule)).not.toContain(name);
  });
});
