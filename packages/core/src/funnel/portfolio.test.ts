// Tests for portfolioBalance: stage shares, the cluster matrix, formats, findings, config and bad options.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { invalidInputTable } from '../engine/invalid-input-table.js';
import { portfolioBalance } from './portfolio.js';
import { computePortfolioStats } from './portfolio-stats.js';
import { many } from './rules/fixtures.js';

describe('portfolioBalance', () => {
  const assets = [
    { contentType: 'blog-post', topicCluster: 'trail shoes' },
    { contentType: 'blog-post', topicCluster: 'base layers' },
    { contentType: 'comparison-guide', topicCluster: 'trail shoes' },
    { contentType: 'pdp', topicCluster: 'trail shoes' },
    { contentType: 'pdp', topicCluster: 'base layers' },
    { contentType: 'bundle' },
    { contentType: 'static-image-ad', stage: 'decision', topicCluster: 'base layers' },
    { contentType: 'email-flow', topicCluster: 'trail shoes' },
  ];

  it('counts shares per stage against the target mix', () => {
    const r = portfolioBalance(assets);
    expect(r.total).toBe(8);
    expect(r.stages).toEqual({
      discovery: { count: 2, share: 0.25, target: 0.3, gap: -0.05 },
      evaluation: { count: 1, share: 0.125, target: 0.3, gap: -0.175 },
      decision: { count: 4, share: 0.5, target: 0.25, gap: 0.25 },
      'post-purchase': { count: 1, share: 0.125, target: 0.15, gap: -0.025 },
    });
    expect(r.underTarget).toEqual(['evaluation']);
  });

  it('builds the stage × topic-cluster matrix with its empty cells', () => {
    const r = portfolioBalance(assets, { topicClusters: ['socks'] });
    expect(r.matrix.clusters).toEqual(['base layers', 'socks', 'trail shoes']);
    expect(r.matrix.cells['trail shoes']).toEqual({ discovery: 1, evaluation: 1, decision: 1, 'post-purchase': 1 });
    expect(r.matrix.empty).toEqual([
      { stage: 'evaluation', topicCluster: 'base layers' },
      { stage: 'post-purchase', topicCluster: 'base layers' },
      { stage: 'discovery', topicCluster: 'socks' },
      { stage: 'evaluation', topicCluster: 'socks' },
      { stage: 'decision', topicCluster: 'socks' },
      { stage: 'post-purchase', topicCluster: 'socks' },
    ]);
    expect(r.matrix.unclustered).toBe(1);
  });

  it('reports formats by share and the findings with a score', () => {
    const r = portfolioBalance(assets);
    expect(r.formats.slice(0, 2)).toEqual([
      { format: 'article', count: 3, share: 0.375 },
      { format: 'product-page', count: 3, share: 0.375 },
    ]);
    expect(r.findings.map((f) => f.ruleId)).toEqual(['funnel/bottom-heavy', 'funnel/stage-under-target']);
    expect(r.score).toBe(85);
  });

  it('flags a static-image-heavy, bottom-heavy portfolio', () => {
    const r = portfolioBalance([
      ...many(20, 'static-image-ad', 'decision'),
      ...many(2, 'blog-post'),
      ...many(2, 'comparison-guide'),
    ]);
    expect(r.findings.map((f) => [f.ruleId, f.field])).toEqual([
      ['funnel/format-dominance', 'formats.static-image'],
      ['funnel/bottom-heavy', 'stages.decision'],
      ['funnel/stage-under-target', 'stages.discovery'],
      ['funnel/stage-under-target', 'stages.evaluation'],
      ['funnel/stage-under-target', 'stages.post-purchase'],
    ]);
  });

  it('takes engine config for the funnel rules and reports bad keys', () => {
    const input = [...many(8, 'static-image-ad', 'decision'), ...many(4, 'video-ad', 'decision')];
    expect(portfolioBalance(input).findings.some((f) => f.ruleId === 'funnel/format-dominance')).toBe(true);
    const r = portfolioBalance(input, {
      config: { rules: { 'funnel/format-dominance': { options: { maxShare: 0.7 } }, 'funnel/nope': 'off' } },
    });
    expect(r.findings.some((f) => f.ruleId === 'funnel/format-dominance')).toBe(false);
    expect(r.findings.filter((f) => f.ruleId === 'config/invalid').map((f) => f.field)).toEqual(['rules.funnel/nope']);
  });

  it('handles an empty portfolio and cluster names like __proto__', () => {
    const empty = portfolioBalance([]);
    expect(empty).toMatchObject({ total: 0, underTarget: [], findings: [], score: 100 });
    const r = portfolioBalance([{ contentType: 'pdp', topicCluster: '__proto__' }]);
    expect(Object.keys(r.matrix.cells)).toEqual(['__proto__']);
    expect(Object.getOwnPropertyDescriptor(r.matrix.cells, '__proto__')?.value).toEqual({
      discovery: 0,
      evaluation: 0,
      decision: 1,
      'post-purchase': 0,
    });
  });

  it('never throws and keeps counts consistent on arbitrary input', () => {
    const asset = fc.record(
      {
        contentType: fc.oneof(fc.constantFrom('pdp', 'blog-post', 'video-ad', 'email-flow'), fc.string()),
        stage: fc.oneof(fc.constantFrom('discovery', 'evaluation', 'decision', 'post-purchase'), fc.anything()),
        topicCluster: fc.oneof(fc.string(), fc.anything()),
        format: fc.anything(),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(fc.array(fc.oneof(asset, fc.anything())), fc.anything()), (input) => {
        const r = portfolioBalance(input);
        const counted = Object.values(r.stages).reduce((n, s) => n + s.count, 0);
        expect(counted).toBe(r.total);
        expect(r.total + r.skipped).toBe(Array.isArray(input) ? input.length : 0);
      }),
      { numRuns: 300 },
    );
  });
});

describe('portfolioBalance and computePortfolioStats: options', () => {
  const assets = [{ contentType: 'blog-post' }, { contentType: 'pdp' }];

  it('treats null options as the defaults', () => {
    expect(portfolioBalance(assets, null as never)).toEqual(portfolioBalance(assets));
    expect(computePortfolioStats(assets, null as never)).toEqual(computePortfolioStats(assets));
    expect(portfolioBalance(assets, { tolerance: null, catalog: null } as never)).toEqual(portfolioBalance(assets));
  });

  for (const [name, fn] of [
    ['portfolioBalance', portfolioBalance],
    ['computePortfolioStats', computePortfolioStats],
  ] as const) {
    describe(name, () => {
      invalidInputTable('funnel', [
        ['options as a string', () => fn(assets, 'x' as never), 'options'],
        ['a catalog that is not one', () => fn(assets, { catalog: {} as never }), 'options.catalog'],
        ['a tolerance that is not a number', () => fn(assets, { tolerance: Object.create(null) }), 'options.tolerance'],
        ['topic clusters as a number', () => fn(assets, { topicClusters: 5 as never }), 'options.topicClusters'],
      ]);
    });
  }
});
