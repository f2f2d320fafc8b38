// Table test for requiredFields through the shared rule-table harness, plus checks of messages and options.
import { describe, expect, it } from 'vitest';
import { ruleTable, runRuleOn } from '../../test-support/rule-table.js';
import { briefExampleContext } from '../pack.js';
import { requiredFields } from './required-fields.js';

const full = {
  title: 'T',
  contentType: 'pdp',
  funnelStage: 'decision',
  audience: 'a',
  keyMessage: 'm',
  format: { kind: 'product-page' },
  visualDirection: 'v',
  requiredClaims: [],
  businessGoal: { metric: 'ctr', target: 2 },
};
const { keyMessage: _k, ...noMessage } = full;

ruleTable(requiredFields, {
  context: briefExampleContext,
  pin: ['field', 'severity'],
  pass: [
    ['a full brief', full],
    ['primaryKeyword instead of keyMessage', { ...noMessage, primaryKeyword: 'k' }],
    ['requiredClaims: [] is an answer', { ...full, requiredClaims: [] }],
  ],
  fail: [
    ['neither keyword nor message', noMessage, [{ field: 'primaryKeyword|keyMessage', severity: 'error' }]],
    [
      'blank strings count as missing',
      { ...full, title: '  ', keyMessage: '' },
      [
        { field: 'title', severity: 'error' },
        { field: 'primaryKeyword|keyMessage', severity: 'error' },
      ],
    ],
    ['null counts as missing', { ...full, businessGoal: null }, [{ field: 'businessGoal', severity: 'error' }]],
    [
      'a missing claims array is a gap',
      { ...full, requiredClaims: undefined },
      [{ field: 'requiredClaims', severity: 'error' }],
    ],
    [
      'an empty object',
      {},
      [
        { field: 'title', severity: 'error' },
        { field: 'contentType', severity: 'error' },
        { field: 'funnelStage', severity: 'error' },
        { field: 'audience', severity: 'error' },
        { field: 'primaryKeyword|keyMessage', severity: 'error' },
        { field: 'format', severity: 'error' },
        { field: 'visualDirection', severity: 'error' },
        { field: 'requiredClaims', severity: 'error' },
        { field: 'businessGoal', severity: 'error' },
      ],
    ],
  ],
});

describe('brief/required-fields', () => {
  it('says what to put in the field', () => {
    expect(runRuleOn(requiredFields, briefExampleContext({ ...full, audience: undefined }))[0]?.message).toBe(
      'The required field "audience" is missing; say who it is for, what they need and in what context.',
    );
  });
});
