// Table test for unknownId through the shared rule-table harness, plus checks of messages and options.
import { describe, expect, it } from 'vitest';
import { ruleTable, runRuleOn } from '../../test-support/rule-table.js';
import { briefExampleContext } from '../pack.js';
import { unknownId } from './unknown-id.js';

ruleTable(unknownId, {
  context: briefExampleContext,
  pin: ['field', 'severity'],
  pass: [
    [
      'known ids',
      { contentType: 'pdp', businessGoal: { metric: 'roas', target: 3 }, format: { kind: 'product-page' } },
    ],
    ['nothing to check', {}],
  ],
  fail: [
    ['free-text content type', { contentType: 'Blog Post' }, [{ field: 'contentType', severity: 'error' }]],
    ['a prototype key is not an id', { contentType: 'constructor' }, [{ field: 'contentType', severity: 'error' }]],
    [
      'unknown KPI',
      { businessGoal: { metric: 'awareness', target: 1 } },
      [{ field: 'businessGoal.metric', severity: 'error' }],
    ],
    ['unknown format is a warning', { format: { kind: 'hologram' } }, [{ field: 'format.kind', severity: 'warning' }]],
  ],
});

describe('brief/unknown-id', () => {
  it('suggests the catalog id', () => {
    expect(runRuleOn(unknownId, briefExampleContext({ contentType: 'Blog Post' }))[0]?.fix).toEqual({
      kind: 'suggest',
      text: 'blog-post',
    });
    expect(
      runRuleOn(unknownId, briefExampleContext({ businessGoal: { metric: 'conversion', target: 2 } }))[0]?.fix,
    ).toEqual({
      kind: 'suggest',
      text: 'conversion-rate',
    });
  });
});
