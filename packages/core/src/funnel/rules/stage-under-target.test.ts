import { describe, expect, it } from 'vitest';
import { many, runFunnelRule } from './harness.js';
import { stageUnderTarget } from './stage-under-target.js';

const fields = (fs: { field?: string; severity: string }[]) => fs.map((f) => [f.field, f.severity]);
const balanced = [...many(3, 'blog-post'), ...many(3, 'comparison-guide'), ...many(3, 'pdp'), ...many(2, 'email-flow')];

describe('funnel/stage-under-target', () => {
  it.each<[string, unknown, [string, string][]]>([
    ['a balanced mix', balanced, []],
    ['no assets', [], []],
    [
      'only decision content',
      many(4, 'pdp'),
      [
        ['stages.discovery', 'warning'],
        ['stages.evaluation', 'warning'],
        ['stages.post-purchase', 'warning'],
      ],
    ],
    [
      'post-purchase missing',
      [...many(3, 'blog-post'), ...many(3, 'review-content'), ...many(3, 'bundle')],
      [['stages.post-purchase', 'warning']],
    ],
  ])('%s', (_name, assets, expected) => {
    expect(fields(runFunnelRule(stageUnderTarget, assets))).toEqual(expected);
  });

  it('uses the team target mix and tolerance', () => {
    const assets = [...many(5, 'pdp'), ...many(5, 'blog-post')];
    expect(
      fields(
        runFunnelRule(stageUnderTarget, assets, undefined, {
          targetMix: { discovery: 1, decision: 1, evaluation: 0, 'post-purchase': 0 },
        }),
      ),
    ).toEqual([]);
    const [f] = runFunnelRule(stageUnderTarget, [...many(8, 'pdp'), ...many(2, 'blog-post')], undefined, {
      targetMix: { discovery: 1, decision: 1, evaluation: 0, 'post-purchase': 0 },
      tolerance: 0.1,
    });
    expect(f).toMatchObject({ field: 'stages.discovery', evidence: { value: 0.2, limit: 0.5, unit: 'share' } });
  });
});
