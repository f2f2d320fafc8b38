// Table test for untaggedAssets through the shared rule-table harness, plus checks of messages and options.
import { describe, expect, it } from 'vitest';
import { ruleTable, runRuleOn } from '../../test-support/rule-table.js';
import { computePortfolioStats } from '../portfolio-stats.js';
import { untaggedAssets } from './untagged-assets.js';

const _fields = (fs: { field?: string; severity: string }[]) => fs.map((f) => [f.field, f.severity]);

ruleTable(untaggedAssets, {
  context: (assets: unknown) => computePortfolioStats(assets),
  pin: ['field', 'severity'],
  pass: [
    ['all usable', [{ contentType: 'pdp' }, { contentType: 'video-ad', stage: 'decision' }]],
    ['not an array', 'assets'],
  ],
  fail: [
    [
      'unknown type, multi-stage without stage, junk',
      [{ contentType: 'podcast' }, { contentType: 'video-ad' }, null, 7, { contentType: 'pdp', stage: 'awareness' }],
      [{ field: 'assets', severity: 'warning' }],
    ],
  ],
});

describe('funnel/untagged-assets', () => {
  it('counts and points at the skipped assets', () => {
    const [f] = runRuleOn(
      untaggedAssets,
      computePortfolioStats([{ contentType: 'pdp' }, { contentType: 'podcast' }, null]),
    );
    expect(f?.evidence).toEqual({ value: 2, unit: 'assets' });
    expect(f?.message).toBe(
      '2 asset(s) were left out (first at index 1, 2): give each a known contentType and, for multi-stage types, a stage.',
    );
  });
});
