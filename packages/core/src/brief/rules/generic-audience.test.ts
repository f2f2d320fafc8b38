// Table test for genericAudience through the shared rule-table harness, plus checks of messages and options.
import { describe, expect, it } from 'vitest';
import { pinFindings, ruleTable, runRuleOn } from '../../test-support/rule-table.js';
import { briefExampleContext } from '../pack.js';
import { genericAudience } from './generic-audience.js';

ruleTable(genericAudience, {
  context: briefExampleContext,
  pin: ['field', 'severity'],
  pass: [
    ['a segment with need and context', { audience: 'Road runners moving to trails who fear slipping on wet rock' }],
    ['a demographic with a need', { audience: { segment: 'Women 25-45', need: 'a bra that does not bounce' } }],
    [
      'a demographic with context',
      { audience: { segment: 'parents', context: 'packing for a first family camping trip' } },
    ],
    ['a specific object segment', { audience: { segment: 'Trail runners training for their first ultra' } }],
    ['no audience', {}],
  ],
  fail: [
    ['everyone', { audience: 'Everyone' }, [{ field: 'audience', severity: 'warning' }]],
    ['all customers', { audience: 'All customers' }, [{ field: 'audience', severity: 'warning' }]],
    ['women', { audience: 'women' }, [{ field: 'audience', severity: 'warning' }]],
    [
      'a bare demographic with ages',
      { audience: 'Women 25-45 in the UK' },
      [{ field: 'audience', severity: 'warning' }],
    ],
    [
      'a generic object segment',
      { audience: { segment: 'millennials' } },
      [{ field: 'audience.segment', severity: 'warning' }],
    ],
    ['punctuation only', { audience: '—' }, [{ field: 'audience', severity: 'warning' }]],
    [
      'short group without need',
      { audience: 'busy urban professionals' },
      [{ field: 'audience', severity: 'warning' }],
    ],
  ],
});

describe('brief/generic-audience', () => {
  it('measures short audiences against minWords', () => {
    const [f] = runRuleOn(genericAudience, briefExampleContext({ audience: 'busy urban professionals' }));
    expect(f?.evidence).toEqual({ text: 'busy urban professionals', value: 3, limit: 5, unit: 'words' });
    expect(
      pinFindings(
        runRuleOn(genericAudience, briefExampleContext({ audience: 'busy urban professionals' }), { minWords: 3 }),
        ['field', 'severity'],
      ),
    ).toEqual([]);
  });
});
