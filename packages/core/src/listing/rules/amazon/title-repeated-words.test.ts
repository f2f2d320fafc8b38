// Table test for listing/amazon/title-repeated-words: a word a third time is an error at its third position; stopwords and numbers are exempt.
import { ruleTable } from '../../../test-support/rule-table.js';
import { listingExampleContext } from '../context.js';
import { amazonTitleRepeatedWords } from './title-repeated-words.js';

ruleTable(amazonTitleRepeatedWords, {
  context: listingExampleContext,
  pin: ['severity', 'field', 'range', 'target', 'fix', 'evidence'],
  pass: [
    ['twice is fine', { title: 'Dog Bed for Large Dogs, Washable Dog Bed with Bolster' }],
    ['stopwords and numbers repeat freely', { title: 'Bed for 2 and 2 and 2 for for' }],
  ],
  fail: [
    [
      'third occurrence, stopwords exempt',
      { title: 'Dog Bed for Dog and Dog and Cat and' },
      [
        {
          severity: 'error',
          field: 'title',
          range: [20, 23],
          evidence: { text: 'dog', value: 3, limit: 2, unit: 'repeats' },
        },
      ],
    ],
    [
      'case-insensitive',
      { title: 'MAT mat Mat' },
      [
        {
          severity: 'error',
          field: 'title',
          range: [8, 11],
          evidence: { text: 'mat', value: 3, limit: 2, unit: 'repeats' },
        },
      ],
    ],
  ],
});
