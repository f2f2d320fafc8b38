import { describe, expect, it } from 'vitest';
import { businessDaysBetween, deadlineRisk } from './deadline-risk.js';
import { briefRuleFields, runBriefRule } from './harness.js';

// The harness judges dates as of Monday 2026-03-02.
describe('brief/deadline-risk', () => {
  it.each<[string, unknown, [string, string][]]>([
    ['plenty of time', { contentType: 'blog-post', deadline: '2026-03-20' }, []],
    ['exactly enough (5 + 3 business days)', { contentType: 'blog-post', deadline: '2026-03-12' }, []],
    ['no deadline', { contentType: 'blog-post' }, []],
    ['a date-time deadline', { contentType: 'blog-post', deadline: '2026-03-20T17:00:00+01:00' }, []],
    ['in the past', { deadline: '2026-02-20' }, [['deadline', 'error']]],
    ['yesterday', { deadline: '2026-03-01' }, [['deadline', 'error']]],
    ['today is too short', { deadline: '2026-03-02' }, [['deadline', 'warning']]],
    ['one day short', { contentType: 'blog-post', deadline: '2026-03-11' }, [['deadline', 'warning']]],
    ['video needs longer', { contentType: 'social-video', deadline: '2026-03-06' }, [['deadline', 'warning']]],
    [
      'goal measured before launch',
      { deadline: '2026-04-30', businessGoal: { metric: 'reach', target: 1, deadline: '2026-04-01' } },
      [['businessGoal.deadline', 'warning']],
    ],
    [
      'past and goal before it',
      { deadline: '2026-02-20', businessGoal: { metric: 'reach', target: 1, deadline: '2026-02-10' } },
      [
        ['deadline', 'error'],
        ['businessGoal.deadline', 'warning'],
      ],
    ],
  ])('%s', (_name, input, expected) => {
    expect(briefRuleFields(deadlineRisk, input)).toEqual(expected);
  });

  it('reports business days available against needed', () => {
    const [f] = runBriefRule(deadlineRisk, { contentType: 'social-video', deadline: '2026-03-06' });
    expect(f?.evidence).toEqual({ value: 4, limit: 10, unit: 'business days' });
  });

  it('takes the review chain length as an option', () => {
    const input = { contentType: 'blog-post', deadline: '2026-03-12' };
    expect(briefRuleFields(deadlineRisk, input, { reviewChainBusinessDays: 5 })).toEqual([['deadline', 'warning']]);
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
