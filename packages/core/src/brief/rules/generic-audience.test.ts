import { describe, expect, it } from 'vitest';
import { genericAudience } from './generic-audience.js';
import { briefRuleFields, runBriefRule } from './harness.js';

describe('brief/generic-audience', () => {
  it.each<[string, unknown, [string, string][]]>([
    [
      'a segment with need and context',
      { audience: 'Road runners moving to trails who fear slipping on wet rock' },
      [],
    ],
    ['a demographic with a need', { audience: { segment: 'Women 25-45', need: 'a bra that does not bounce' } }, []],
    [
      'a demographic with context',
      { audience: { segment: 'parents', context: 'packing for a first family camping trip' } },
      [],
    ],
    ['a specific object segment', { audience: { segment: 'Trail runners training for their first ultra' } }, []],
    ['no audience', {}, []],
    ['everyone', { audience: 'Everyone' }, [['audience', 'warning']]],
    ['all customers', { audience: 'All customers' }, [['audience', 'warning']]],
    ['women', { audience: 'women' }, [['audience', 'warning']]],
    ['a bare demographic with ages', { audience: 'Women 25-45 in the UK' }, [['audience', 'warning']]],
    ['a generic object segment', { audience: { segment: 'millennials' } }, [['audience.segment', 'warning']]],
    ['punctuation only', { audience: '—' }, [['audience', 'warning']]],
    ['short group without need', { audience: 'busy urban professionals' }, [['audience', 'warning']]],
  ])('%s', (_name, input, expected) => {
    expect(briefRuleFields(genericAudience, input)).toEqual(expected);
  });

  it('measures short audiences against minWords', () => {
    const [f] = runBriefRule(genericAudience, { audience: 'busy urban professionals' });
    expect(f?.evidence).toEqual({ text: 'busy urban professionals', value: 3, limit: 5, unit: 'words' });
    expect(briefRuleFields(genericAudience, { audience: 'busy urban professionals' }, { minWords: 3 })).toEqual([]);
  });
});
