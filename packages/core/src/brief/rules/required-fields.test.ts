import { describe, expect, it } from 'vitest';
import { briefRuleFields, runBriefRule } from './harness.js';
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

describe('brief/required-fields', () => {
  it.each<[string, unknown, [string, string][]]>([
    ['a full brief', full, []],
    ['primaryKeyword instead of keyMessage', { ...noMessage, primaryKeyword: 'k' }, []],
    ['requiredClaims: [] is an answer', { ...full, requiredClaims: [] }, []],
    ['neither keyword nor message', noMessage, [['primaryKeyword|keyMessage', 'error']]],
    [
      'blank strings count as missing',
      { ...full, title: '  ', keyMessage: '' },
      [
        ['title', 'error'],
        ['primaryKeyword|keyMessage', 'error'],
      ],
    ],
    ['null counts as missing', { ...full, businessGoal: null }, [['businessGoal', 'error']]],
    ['a missing claims array is a gap', { ...full, requiredClaims: undefined }, [['requiredClaims', 'error']]],
    [
      'an empty object',
      {},
      [
        ['title', 'error'],
        ['contentType', 'error'],
        ['funnelStage', 'error'],
        ['audience', 'error'],
        ['primaryKeyword|keyMessage', 'error'],
        ['format', 'error'],
        ['visualDirection', 'error'],
        ['requiredClaims', 'error'],
        ['businessGoal', 'error'],
      ],
    ],
  ])('%s', (_name, input, expected) => {
    expect(briefRuleFields(requiredFields, input)).toEqual(expected);
  });

  it('says what to put in the field', () => {
    expect(runBriefRule(requiredFields, { ...full, audience: undefined })[0]?.message).toBe(
      'The required field "audience" is missing; say who it is for, what they need and in what context.',
    );
  });
});
