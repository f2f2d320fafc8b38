import { describe, expect, it } from 'vitest';
import { briefRuleFields, runBriefRule } from './harness.js';
import { invalidField } from './invalid-field.js';

describe('brief/invalid-field', () => {
  it.each<[string, unknown, [string, string][]]>([
    ['valid values', { title: 'x', funnelStage: 'decision', deadline: '2026-04-01', requiredClaims: [] }, []],
    ['an ISO date-time deadline', { deadline: '2026-04-01T17:00:00Z' }, []],
    ['null input', null, [['(root)', 'error']]],
    ['a string input', 'write me a brief', [['(root)', 'error']]],
    ['an array input', [{ title: 'x' }], [['(root)', 'error']]],
    ['a bad stage', { funnelStage: 'awareness' }, [['funnelStage', 'error']]],
    ['a string target', { businessGoal: { metric: 'ctr', target: '3%' } }, [['businessGoal.target', 'error']]],
    ['a number audience', { audience: 42 }, [['audience', 'error']]],
    ['a claim without text', { requiredClaims: [{ substantiation: 'x' }] }, [['requiredClaims.0.text', 'error']]],
    [
      'a bad aspect ratio',
      { format: { kind: 'short-video', aspectRatio: 'vertical' } },
      [['format.aspectRatio', 'error']],
    ],
    ['a non-date deadline', { deadline: 'next Friday' }, [['deadline', 'error']]],
    ['a lowercase currency', { budget: { amount: 10, currency: 'usd' } }, [['budget.currency', 'error']]],
    ['a bad nested audience value', { audience: { segment: 5 } }, [['audience.segment', 'error']]],
    ['an unknown key is info', { targetAudience: 'runners' }, [['targetAudience', 'info']]],
    [
      'several problems at once',
      { title: 7, channels: 'tiktok', foo: 1 },
      [
        ['title', 'error'],
        ['channels', 'error'],
        ['foo', 'info'],
      ],
    ],
  ])('%s', (_name, input, expected) => {
    expect(briefRuleFields(invalidField, input)).toEqual(expected);
  });

  it('names the field, the expected shape and the received type', () => {
    expect(runBriefRule(invalidField, { audience: 42 })[0]?.message).toBe(
      '"audience" must be a sentence, or { segment, need, context }; got number 42.',
    );
    expect(runBriefRule(invalidField, { deadline: 'TBD' })[0]?.message).toBe(
      '"deadline" must be an ISO date such as 2026-03-20; got "TBD".',
    );
    expect(runBriefRule(invalidField, null)[0]?.message).toBe('A brief must be a JSON object of fields; got null.');
  });

  it('suggests the intended field for a common alias', () => {
    const [f] = runBriefRule(invalidField, { keyword: 'trail shoes' });
    expect(f?.fix).toEqual({ kind: 'suggest', text: 'primaryKeyword' });
  });

  it('treats "constructor" as a plain unknown key', () => {
    expect(runBriefRule(invalidField, JSON.parse('{"constructor": 1, "__proto__": 2}')).map((f) => f.field)).toEqual([
      'constructor',
      '__proto__',
    ]);
  });
});
