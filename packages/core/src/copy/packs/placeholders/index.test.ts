/** Table tests for the placeholders pack with exact ranges. */
import { describe, expect, it } from 'vitest';
import { type CopyFindingTuple, copyFindingsOf } from '../../test-helpers.js';

const cases: Array<[string, string, CopyFindingTuple[]]> = [
  ['bracket slot', 'Meet [Product Name] today', [['copy/placeholders/template-marker', 5, 19, 'error']]],
  ['merge tag', 'Hi {{first_name}}!', [['copy/placeholders/template-marker', 3, 17, 'error']]],
  ['mailchimp', 'Hey *|FNAME|*', [['copy/placeholders/template-marker', 4, 13, 'error']]],
  ['percent tag', 'Hi %%FirstName%%', [['copy/placeholders/template-marker', 3, 16, 'error']]],
  ['insert', 'A <insert benefit> kit', [['copy/placeholders/template-marker', 2, 18, 'error']]],
  ['XX%', 'Save XX% now', [['copy/placeholders/template-marker', 5, 8, 'error']]],
  ['lorem', 'Lorem ipsum dolor', [['copy/placeholders/lorem-ipsum', 0, 11, 'error']]],
  ['TBD', 'Warranty: TBD', [['copy/placeholders/todo-marker', 10, 13, 'error']]],
  ['N/A', 'Material: N/A', [['copy/placeholders/pending-phrase', 10, 13, 'error']]],
  ['lower-case todo is a word', 'Para todo el día', []],
  ['ASIN', 'Pairs with B07XJ8C8F5.', [['copy/placeholders/asin', 11, 21, 'error']]],
  ['ordinary brackets', 'Includes [2] filters and [sic] notes', []],
];

describe('copy/placeholders', () => {
  it.each(cases)('%s', (_name, text, expected) => {
    expect(copyFindingsOf(text, 'copy/placeholders/')).toEqual(expected);
  });
});
