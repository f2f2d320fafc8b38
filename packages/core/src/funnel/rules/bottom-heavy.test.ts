import { describe, expect, it } from 'vitest';
import { bottomHeavy } from './bottom-heavy.js';
import { many, runFunnelRule } from './harness.js';

const fields = (fs: { field?: string; severity: string }[]) => fs.map((f) => [f.field, f.severity]);
const balanced = [...many(3, 'blog-post'), ...many(3, 'comparison-guide'), ...many(3, 'pdp'), ...many(2, 'email-flow')];

describe('funnel/bottom-heavy', () => {
  it.each<[string, unknown, [string, string][]]>([
    ['balanced', balanced, []],
    ['decision equals upper funnel', [...many(2, 'pdp'), ...many(1, 'blog-post'), ...many(1, 'comparison-guide')], []],
    [
      'decision crowds out the top',
      [...many(6, 'pdp'), ...many(1, 'blog-post'), ...many(1, 'comparison-guide')],
      [['stages.decision', 'warning']],
    ],
    ['no assets', [], []],
  ])('%s', (_name, assets, expected) => {
    expect(fields(runFunnelRule(bottomHeavy, assets))).toEqual(expected);
  });
});
