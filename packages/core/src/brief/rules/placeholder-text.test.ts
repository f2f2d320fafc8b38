// Table test for placeholderText through the shared rule-table harness, plus checks of messages and options.
import { describe, expect, it } from 'vitest';
import { pinFindings, ruleTable, runRuleOn } from '../../test-support/rule-table.js';
import { briefExampleContext } from '../pack.js';
import { placeholderText } from './placeholder-text.js';

ruleTable(placeholderText, {
  context: briefExampleContext,
  pin: ['field', 'severity'],
  pass: [
    ['a merge tag in an e-mail brief', { format: { kind: 'email' }, keyMessage: 'Hi {{first_name}}, time to reorder' }],
    ['emphatic punctuation is not a marker', { keyMessage: 'Still running on worn-out shoes???' }],
    ['real text', { title: 'Spring running guide', keyMessage: 'Grip on wet trails' }],
    ['words containing tbd-like letters', { title: 'Outbound todos', notes: 'Stubbed toddler range' }],
  ],
  fail: [
    ['TBD', { keyMessage: 'TBD' }, [{ field: 'keyMessage', severity: 'error' }]],
    ['tbc inside text', { notes: 'budget tbc' }, [{ field: 'notes', severity: 'error' }]],
    ['lorem ipsum', { title: 'Lorem ipsum dolor' }, [{ field: 'title', severity: 'error' }]],
    ['[insert …]', { audience: { segment: '[insert persona]' } }, [{ field: 'audience.segment', severity: 'error' }]],
    ['<your …>', { approver: '<your name>' }, [{ field: 'approver', severity: 'error' }]],
    ['{{…}}', { keyMessage: 'Hi {{first_name}}' }, [{ field: 'keyMessage', severity: 'error' }]],
    [
      '???',
      { requiredClaims: [{ text: 'Lasts 12 hours', substantiation: '???' }] },
      [{ field: 'requiredClaims.0.substantiation', severity: 'error' }],
    ],
    [
      'XXX',
      { format: { kind: 'static-image', dimensions: 'XXX px' } },
      [{ field: 'format.dimensions', severity: 'error' }],
    ],
    // Regression (issue 9): briefs missed "[Product Name]", which copy flags; both now call detectPlaceholders.
    [
      'a template slot copy also flags',
      { keyMessage: 'Meet [Product Name] today' },
      [{ field: 'keyMessage', severity: 'error' }],
    ],
    [
      'a merge tag in a web brief',
      { format: { kind: 'static-image' }, keyMessage: 'Hi {{first_name}}' },
      [{ field: 'keyMessage', severity: 'error' }],
    ],
    [
      'in a list',
      { mandatories: ['Logo top left', 'TODO legal line'] },
      [{ field: 'mandatories.1', severity: 'error' }],
    ],
    [
      'several fields',
      { title: 'TBD', owner: 'TBD', visualDirection: { description: 'x', references: ['[add link]'] } },
      [
        { field: 'title', severity: 'error' },
        { field: 'owner', severity: 'error' },
        { field: 'visualDirection.references.0', severity: 'error' },
      ],
    ],
  ],
});

describe('brief/placeholder-text', () => {
  it('quotes the marker', () => {
    expect(
      runRuleOn(placeholderText, briefExampleContext({ keyMessage: 'Save [insert %] today' }))[0]?.evidence,
    ).toEqual({
      text: '[insert %]',
    });
  });

  // Adversarial inputs assert results, not timings (speed is measured in `pnpm bench`).
  it('handles 100 kB of unclosed brackets and finds the marker after them', () => {
    const text = `[insert ${'a'.repeat(100_000)} TBD`;
    expect(
      pinFindings(runRuleOn(placeholderText, briefExampleContext({ notes: text })), ['field', 'evidence']),
    ).toEqual([{ field: 'notes', evidence: { text: 'TBD' } }]);
  });
});
