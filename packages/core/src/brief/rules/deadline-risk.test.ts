// Table test for deadlineRisk through the shared rule-table harness, plus checks of messages and options.
import { describe, expect, it } from 'vitest';
import { pinFindings, ruleTable, runRuleOn } from '../../test-support/rule-table.js';
import { briefExampleContext } from '../pack.js';
import { businessDaysBetween, deadlineRisk } from './deadline-risk.js';

// The harness judges dates as of Monday 2026-03-02.
ruleTable(deadlineRisk, {
  context: briefExampleContext,
  pin: ['field', 'severity'],
  pass: [
    ['plenty of time', { contentType: 'blog-post', deadline: '2026-03-20' }],
    ['exactly enough (5 + 3 business days)', { contentType: 'blog-post', deadline: '2026-03-12' }],
    ['no deadline', { contentType: 'blog-post' }],
    ['a date-time deadline', { contentType: 'blog-post', deadline: '2026-03-20T17:00:00+01:00' }],
  ],
  fail: [
    ['in the past', { deadline: '2026-02-20' }, [{ field: 'deadline', severity: 'error' }]],
    ['yesterday', { deadline: '2026-03-01' }, [{ field: 'deadline', severity: 'error' }]],
    ['today is too short', { deadline: '2026-03-02' }, [{ field: 'deadline', severity: 'warning' }]],
    [
      'one day short',
      { contentType: 'blog-post', deadline: '2026-03-11' },
      [{ field: 'deadline', severity: 'warning' }],
    ],
    [
      'video needs longer',
      { contentType: 'social-video', deadline: '2026-03-06' },
      [{ field: 'deadline', severity: 'warning' }],
    ],
    [
      'goal measured before launch',
      { deadline: '2026-04-30', businessGoal: { metric: 'reach', target: 1, deadline: '2026-04-01' } },
      [{ field: 'businessGoal.deadline', severity: 'warning' }],
    ],
    [
      'past and goal before it',
      { deadline: '2026-02-20', businessGoal: { metric: 'reach', target: 1, deadline: '2026-02-10' } },
      [
        { field: 'deadline', severity: 'error' },
        { field: 'businessGoal.deadline', severity: 'warning' },
      ],
    ],
  ],
});

describe('brief/deadline-risk', () => {
  it('reports business days available against needed', () => {
    const [f] = runRuleOn(deadlineRisk, briefExampleContext({ contentType: 'social-video', deadline: '2026-03-06' }));
    expect(f?.evidence).toEqual({ value: 4, limit: 10, unit: 'business days' });
  });

  it('takes the review chain length as an option', () => {
    const input = { contentType: 'blog-post', deadline: '2026-03-12' };
    expect(
      pinFindings(runRuleOn(deadlineRisk, briefExampleContext(input), { reviewChainBusinessDays: 5 }), [
        'field',
        'severity',
      ]),
    ).toEqual([{ field: 'deadline', severity: 'warning' }]);
  });
});

describe('businessDaysBetween', () => {
  const day = (iso: string) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / 86_400_000;
  it.each<[string, string, number]>([
    ['2026-03-02', '2026-03-02', 0],
    ['2026-03-02', '2026-03-03', 1],
    ['2026-03-02', '2026-03-09', 5],
    ['2026-03-06', '2026-03-09', 1],
    ['2026-03-07', '2026-03-09', 0],
    ['2026-03-02', '2026-03-12', 8],
    ['2026-03-02', '2026-12-31', 218],
    ['2026-03-09', '2026-03-02', 0],
  ])('%s → %s: %i', (from, to, expected) => {
    expect(businessDaysBetween(day(from), day(to))).toBe(expected);
  });

  it('matches a day-by-day count over a range of spans and start days', () => {
    const start = day('2026-01-01');
    for (let from = start; from < start + 14; from++) {
      for (let span = 0; span < 40; span++) {
        let naive = 0;
        for (let d = from; d < from + span; d++) {
          const weekday = new Date(d * 86_400_000).getUTCDay();
          if (weekday !== 0 && weekday !== 6) naive += 1;
        }
        expect(businessDaysBetween(from, from + span)).toBe(naive);
      }
    }
  });
});
