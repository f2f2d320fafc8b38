// Table test for formatDominance through the shared rule-table harness, plus checks of messages and options.
import { describe, expect, it } from 'vitest';
import { ruleTable, runRuleOn } from '../../test-support/rule-table.js';
import { computePortfolioStats } from '../portfolio-stats.js';
import { many } from './fixtures.js';
import { formatDominance } from './format-dominance.js';

const _fields = (fs: { field?: string; severity: string }[]) => fs.map((f) => [f.field, f.severity]);

ruleTable(formatDominance, {
  context: (assets: unknown) => computePortfolioStats(assets),
  pin: ['field', 'severity'],
  pass: [
    ['half and half', [...many(5, 'static-image-ad', 'decision'), ...many(5, 'video-ad', 'decision')]],
    ['too few assets to judge', many(9, 'static-image-ad', 'decision')],
  ],
  fail: [
    [
      '90% static',
      [...many(9, 'static-image-ad', 'discovery'), ...many(1, 'video-ad', 'discovery')],
      [{ field: 'formats.static-image', severity: 'warning' }],
    ],
    [
      'an explicit format wins over the type default',
      many(12, 'promo-asset').map((a, i) => ({ ...a, format: i < 10 ? 'email' : 'sms' })),
      [{ field: 'formats.email', severity: 'warning' }],
    ],
  ],
});

describe('funnel/format-dominance', () => {
  it('names static images and takes a limit', () => {
    const assets = [...many(7, 'static-image-ad', 'decision'), ...many(3, 'video-ad', 'decision')];
    const [f] = runRuleOn(formatDominance, computePortfolioStats(assets));
    expect(f?.message).toBe(
      '"static-image" is 70% of 10 assets, above the 50% limit. Static images dominate; add video and interactive formats.',
    );
    expect(runRuleOn(formatDominance, computePortfolioStats(assets), { maxShare: 0.75 })).toEqual([]);
  });
});
