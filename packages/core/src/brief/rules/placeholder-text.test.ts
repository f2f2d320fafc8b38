import { describe, expect, it } from 'vitest';
import { briefRuleFields, runBriefRule } from './harness.js';
import { placeholderText } from './placeholder-text.js';

describe('brief/placeholder-text', () => {
  it.each<[string, unknown, [string, string][]]>([
    ['real text', { title: 'Spring running guide', keyMessage: 'Grip on wet trails' }, []],
    ['words containing tbd-like letters', { title: 'Outbound todos', notes: 'Stubbed toddler range' }, []],
    ['TBD', { keyMessage: 'TBD' }, [['keyMessage', 'error']]],
    ['tbc inside text', { notes: 'budget tbc' }, [['notes', 'error']]],
    ['lorem ipsum', { title: 'Lorem ipsum dolor' }, [['title', 'error']]],
    ['[insert …]', { audience: { segment: '[insert persona]' } }, [['audience.segment', 'error']]],
    ['<your …>', { approver: '<your name>' }, [['approver', 'error']]],
    ['{{…}}', { keyMessage: 'Hi {{first_name}}' }, [['keyMessage', 'error']]],
    [
      '???',
      { requiredClaims: [{ text: 'Lasts 12 hours', substantiation: '???' }] },
      [['requiredClaims.0.substantiation', 'error']],
    ],
    ['XXX', { format: { kind: 'static-image', dimensions: 'XXX px' } }, [['format.dimensions', 'error']]],
    ['in a list', { mandatories: ['Logo top left', 'TODO legal line'] }, [['mandatories.1', 'error']]],
    [
      'several fields',
      { title: 'TBD', owner: 'TBD', visualDirection: { description: 'x', references: ['[add link]'] } },
      [
        ['title', 'error'],
        ['owner', 'error'],
        ['visualDirection.references.0', 'error'],
      ],
    ],
  ])('%s', (_name, input, expected) => {
    expect(briefRuleFields(placeholderText, input)).toEqual(expected);
  });

  it('quotes the marker', () => {
    expect(runBriefRule(placeholderText, { keyMessage: 'Save [insert %] today' })[0]?.evidence).toEqual({
      text: '[insert %]',
    });
  });

  it('stays linear on long unclosed brackets', () => {
    const text = `[insert ${'a'.repeat(50_000)}`;
    const start = performance.now();
    briefRuleFields(placeholderText, { notes: text });
    expect(performance.now() - start).toBeLessThan(500);
  });
});
