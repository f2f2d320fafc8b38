// Table test for unmeasurableGoal through the shared rule-table harness, plus checks of messages and options.
import { describe, expect, it } from 'vitest';
import { ruleTable, runRuleOn } from '../../test-support/rule-table.js';
import { briefExampleContext } from '../pack.js';
import { unmeasurableGoal } from './unmeasurable-goal.js';

ruleTable(unmeasurableGoal, {
  context: briefExampleContext,
  pin: ['field', 'severity'],
  pass: [
    ['metric and target', { businessGoal: { metric: 'reach', target: 50000 } }],
    ['beats its baseline', { businessGoal: { metric: 'conversion-rate', target: 4.2, baseline: 3.1 } }],
    ['lower is better', { businessGoal: { metric: 'cost-per-creative', target: 180, baseline: 240 } }],
    ['no goal at all (required-fields reports it)', {}],
    ['unknown KPI: only the target is checked', { businessGoal: { metric: 'awareness', target: 1e9 } }],
  ],
  fail: [
    [
      'description only',
      { businessGoal: { description: 'Drive awareness' } },
      [
        { field: 'businessGoal.metric', severity: 'error' },
        { field: 'businessGoal.target', severity: 'error' },
      ],
    ],
    ['no target', { businessGoal: { metric: 'ctr' } }, [{ field: 'businessGoal.target', severity: 'error' }]],
    ['no metric', { businessGoal: { target: 5 } }, [{ field: 'businessGoal.metric', severity: 'error' }]],
    [
      'rate over 100',
      { businessGoal: { metric: 'conversion-rate', target: 250 } },
      [{ field: 'businessGoal.target', severity: 'error' }],
    ],
    [
      'rate of zero',
      { businessGoal: { metric: 'ctr', target: 0 } },
      [{ field: 'businessGoal.target', severity: 'error' }],
    ],
    [
      'negative count',
      { businessGoal: { metric: 'reach', target: -5 } },
      [{ field: 'businessGoal.target', severity: 'error' }],
    ],
    [
      'target below baseline',
      { businessGoal: { metric: 'roas', target: 2, baseline: 3 } },
      [{ field: 'businessGoal.target', severity: 'warning' }],
    ],
    [
      'target equal to baseline',
      { businessGoal: { metric: 'reach', target: 10, baseline: 10 } },
      [{ field: 'businessGoal.target', severity: 'warning' }],
    ],
    [
      'cost target above baseline',
      { businessGoal: { metric: 'cost-per-creative', target: 300, baseline: 240 } },
      [{ field: 'businessGoal.target', severity: 'warning' }],
    ],
  ],
});

describe('brief/unmeasurable-goal', () => {
  it('reports the baseline as the limit', () => {
    expect(
      runRuleOn(unmeasurableGoal, briefExampleContext({ businessGoal: { metric: 'roas', target: 2, baseline: 3 } }))[0]
        ?.evidence,
    ).toEqual({
      value: 2,
      limit: 3,
      unit: 'ratio',
    });
  });
});
