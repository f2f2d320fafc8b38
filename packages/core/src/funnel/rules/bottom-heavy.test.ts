// Tests for funnel/bottom-heavy: a decision-heavy portfolio is flagged, a balanced or empty one is not.
import { ruleTable } from '../../test-support/rule-table.js';
import { computePortfolioStats } from '../portfolio-stats.js';
import { bottomHeavy } from './bottom-heavy.js';
import { many } from './fixtures.js';

const _fields = (fs: { field?: string; severity: string }[]) => fs.map((f) => [f.field, f.severity]);
const balanced = [...many(3, 'blog-post'), ...many(3, 'comparison-guide'), ...many(3, 'pdp'), ...many(2, 'email-flow')];

ruleTable(bottomHeavy, {
  context: (assets: unknown) => computePortfolioStats(assets),
  pin: ['field', 'severity'],
  pass: [
    ['balanced', balanced],
    ['decision equals upper funnel', [...many(2, 'pdp'), ...many(1, 'blog-post'), ...many(1, 'comparison-guide')]],
    ['no assets', []],
  ],
  fail: [
    [
      'decision crowds out the top',
      [...many(6, 'pdp'), ...many(1, 'blog-post'), ...many(1, 'comparison-guide')],
      [{ field: 'stages.decision', severity: 'warning' }],
    ],
  ],
});
