// Table test for stageUnderTarget through the shared rule-table harness, plus checks of messages and options.
import { describe, expect, it } from 'vitest';
import { pinFindings, ruleTable, runRuleOn } from '../../test-support/rule-table.js';
import { computePortfolioStats } from '../portfolio-stats.js';
import { many } from './fixtures.js';
import { stageUnderTarget } from './stage-under-target.js';

const balanced = [...many(3, 'blog-post'), ...many(3, 'comparison-guide'), ...many(3, 'pdp'), ...many(2, 'email-flow')];

ruleTable(stageUnderTarget, {
  context: (assets: unknown) => computePortfolioStats(assets),
  pin: ['field', 'severity'],
  pass: [
    ['a balanced mix', balanced],
    ['no assets', []],
  ],
  fail: [
    [
      'only decision content',
      many(4, 'pdp'),
      [
        { field: 'stages.discovery', severity: 'warning' },
        { field: 'stages.evaluation', severity: 'warning' },
        { field: 'stages.post-purchase', severity: 'warning' },
      ],
    ],
    [
      'post-purchase missing',
      [...many(3, 'blog-post'), ...many(3, 'review-content'), ...many(3, 'bundle')],
      [{ field: 'stages.post-purchase', severity: 'warning' }],
    ],
  ],
});

describe('funnel/stage-under-target', () => {
  it('uses the team target mix and tolerance', () => {
    const assets = [...many(5, 'pdp'), ...many(5, 'blog-post')];
    expect(
      pinFindings(
        runRuleOn(
          stageUnderTarget,
          computePortfolioStats(assets, {
            targetMix: { discovery: 1, decision: 1, evaluation: 0, 'post-purchase': 0 },
          }),
        ),
        ['field', 'severity'],
      ),
    ).toEqual([]);
    const [f] = runRuleOn(
      stageUnderTarget,
      computePortfolioStats([...many(8, 'pdp'), ...many(2, 'blog-post')], {
        targetMix: { discovery: 1, decision: 1, evaluation: 0, 'post-purchase': 0 },
        tolerance: 0.1,
      }),
    );
    expect(f).toMatchObject({ field: 'stages.discovery', evidence: { value: 0.2, limit: 0.5, unit: 'share' } });
  });
});
