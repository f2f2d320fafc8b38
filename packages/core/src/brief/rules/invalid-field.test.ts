// Table test for invalidField through the shared rule-table harness, plus checks of messages and options.
import { describe, expect, it } from 'vitest';
import { ruleTable, runRuleOn } from '../../test-support/rule-table.js';
import { briefExampleContext } from '../pack.js';
import { invalidField } from './invalid-field.js';

ruleTable(invalidField, {
  context: briefExampleContext,
  pin: ['field', 'severity'],
  pass: [
    ['valid values', { title: 'x', funnelStage: 'decision', deadline: '2026-04-01', requiredClaims: [] }],
    ['a format without a kind, inferred from the content type', { contentType: 'blog-post', format: { words: 900 } }],
    ['an unknown format key (a format-notes info, not an error)', { format: { kind: 'article', colourway: 'red' } }],

    ['an ISO date-time deadline', { deadline: '2026-04-01T17:00:00Z' }],
  ],
  fail: [
    ['null input', null, [{ field: '(root)', severity: 'error' }]],
    ['a string input', 'write me a brief', [{ field: '(root)', severity: 'error' }]],
    ['an array input', [{ title: 'x' }], [{ field: '(root)', severity: 'error' }]],
    ['a bad stage', { funnelStage: 'awareness' }, [{ field: 'funnelStage', severity: 'error' }]],
    [
      'a string target',
      { businessGoal: { metric: 'ctr', target: '3%' } },
      [{ field: 'businessGoal.target', severity: 'error' }],
    ],
    ['a number audience', { audience: 42 }, [{ field: 'audience', severity: 'error' }]],
    [
      'a claim without text',
      { requiredClaims: [{ substantiation: 'x' }] },
      [{ field: 'requiredClaims.0.text', severity: 'error' }],
    ],
    [
      'a bad aspect ratio',
      { format: { kind: 'short-video', aspectRatio: 'vertical' } },
      [{ field: 'format.aspectRatio', severity: 'error' }],
    ],
    [
      'an unreadable duration, named as written',
      { format: { kind: 'short-video', duration: 'about a minute' } },
      [{ field: 'format.duration', severity: 'error' }],
    ],
    [
      'a fractional image count, named as written',
      { format: { kind: 'article', specs: { images: 2.5 } } },
      [{ field: 'format.specs.images', severity: 'error' }],
    ],
    ['a non-date deadline', { deadline: 'next Friday' }, [{ field: 'deadline', severity: 'error' }]],
    [
      'a lowercase currency',
      { budget: { amount: 10, currency: 'usd' } },
      [{ field: 'budget.currency', severity: 'error' }],
    ],
    ['a bad nested audience value', { audience: { segment: 5 } }, [{ field: 'audience.segment', severity: 'error' }]],
    ['an unknown key is info', { targetAudience: 'runners' }, [{ field: 'targetAudience', severity: 'info' }]],
    [
      'several problems at once',
      { title: 7, channels: 'tiktok', foo: 1 },
      [
        { field: 'title', severity: 'error' },
        { field: 'channels', severity: 'error' },
        { field: 'foo', severity: 'info' },
      ],
    ],
  ],
});

describe('brief/invalid-field', () => {
  it('names the field, the expected shape and the received type', () => {
    expect(runRuleOn(invalidField, briefExampleContext({ audience: 42 }))[0]?.message).toBe(
      '"audience" must be a sentence, or { segment, need, context }; got number 42.',
    );
    expect(runRuleOn(invalidField, briefExampleContext({ deadline: 'TBD' }))[0]?.message).toBe(
      '"deadline" must be an ISO date such as 2026-03-20; got "TBD".',
    );
    expect(runRuleOn(invalidField, briefExampleContext(null))[0]?.message).toBe(
      'A brief must be a JSON object of fields; got null.',
    );
  });

  it('suggests the intended field for a common alias', () => {
    const [f] = runRuleOn(invalidField, briefExampleContext({ keyword: 'trail shoes' }));
    expect(f?.fix).toEqual({ kind: 'suggest', text: 'primaryKeyword' });
  });

  it('treats "constructor" as a plain unknown key', () => {
    expect(
      runRuleOn(invalidField, briefExampleContext(JSON.parse('{"constructor": 1, "__proto__": 2}'))).map(
        (f) => f.field,
      ),
    ).toEqual(['constructor', '__proto__']);
  });
});
