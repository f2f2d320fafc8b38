import { describe, expect, it } from 'vitest';
import { briefRuleFields, runBriefRule } from './harness.js';
import { unmeasurableGoal } from './unmeasurable-goal.js';

describe('brief/unmeasurable-goal', () => {
  it.each<[string, unknown, [string, string][]]>([
    ['metric and target', { businessGoal: { metric: 'reach', target: 50000 } }, []],
    ['beats its baseline', { businessGoal: { metric: 'conversion-rate', target: 4.2, baseline: 3.1 } }, []],
    ['lower is better', { businessGoal: { metric: 'cost-per-creative', target: 180, baseline: 240 } }, []],
    ['no goal at all (required-fields reports it)', {}, []],
    [
      'description only',
      { businessGoal: { description: 'Drive awareness' } },
      [
        ['businessGoal.metric', 'error'],
        ['businessGoal.target', 'error'],
      ],
    ],
    ['no target', { businessGoal: { metric: 'ctr' } }, [['businessGoal.target', 'error']]],
    ['no metric', { businessGoal: { target: 5 } }, [['businessGoal.metric', 'error']]],
    ['rate over 100', { businessGoal: { metric: 'conversion-rate', target: 250 } }, [['businessGoal.target', 'error']]],
    ['rate of zero', { businessGoal: { metric: 'ctr', target: 0 } }, [['businessGoal.target', 'error']]],
    ['negative count', { businessGoal: { metric: 'reach', target: -5 } }, [['businessGoal.target', 'error']]],
    [
      'target below baseline',
      { businessGoal: { metric: 'roas', target: 2, baseline: 3 } },
      [['businessGoal.target', 'warning']],
    ],
    [
      'target equal to baseline',
      { businessGoal: { metric: 'reach', target: 10, baseline: 10 } },
      [['businessGoal.target', 'warning']],
    ],
    [
      'cost target above baseline',
      { businessGoal: { metric: 'cost-per-creative', target: 300, baseline: 240 } },
      [['businessGoal.target', 'warning']],
    ],
    ['unknown KPI: only the target is checked', { businessGoal: { metric: 'awareness', target: 1e9 } }, []],
  ])('%s', (_name, input, expected) => {
    expect(briefRuleFields(unmeasurableGoal, input)).toEqual(expected);
  });

  it('reports the baseline as the limit', () => {
    expect(
      runBriefRule(unmeasurableGoal, { businessGoal: { metric: 'roas', target: 2, baseline: 3 } })[0]?.evidence,
    ).toEqual({
      value: 2,
      limit: 3,
      unit: 'ratio',
    });
  });
});
