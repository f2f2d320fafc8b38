import { describe, expect, it } from 'vitest';
import { briefRuleFields, runBriefRule } from './harness.js';
import { unknownId } from './unknown-id.js';

describe('brief/unknown-id', () => {
  it.each<[string, unknown, [string, string][]]>([
    [
      'known ids',
      { contentType: 'pdp', businessGoal: { metric: 'roas', target: 3 }, format: { kind: 'product-page' } },
      [],
    ],
    ['nothing to check', {}, []],
    ['free-text content type', { contentType: 'Blog Post' }, [['contentType', 'error']]],
    ['a prototype key is not an id', { contentType: 'constructor' }, [['contentType', 'error']]],
    ['unknown KPI', { businessGoal: { metric: 'awareness', target: 1 } }, [['businessGoal.metric', 'error']]],
    ['unknown format is a warning', { format: { kind: 'hologram' } }, [['format.kind', 'warning']]],
  ])('%s', (_name, input, expected) => {
    expect(briefRuleFields(unknownId, input)).toEqual(expected);
  });

  it('suggests the catalog id', () => {
    expect(runBriefRule(unknownId, { contentType: 'Blog Post' })[0]?.fix).toEqual({
      kind: 'suggest',
      text: 'blog-post',
    });
    expect(runBriefRule(unknownId, { businessGoal: { metric: 'conversion', target: 2 } })[0]?.fix).toEqual({
      kind: 'suggest',
      text: 'conversion-rate',
    });
  });
});
