// Table test for listing/walmart/description-words: under 150 words and over 4000 characters are warnings.
import { ruleTable } from '../../../test-support/rule-table.js';
import { listingExampleContext } from '../context.js';
import { walmartDescriptionWords } from './description-words.js';

ruleTable(walmartDescriptionWords, {
  context: listingExampleContext,
  pin: ['severity', 'field', 'range', 'target', 'fix', 'evidence'],
  pass: [
    ['150 words', { description: 'w '.repeat(150) }],
    ['160 words', { description: 'word '.repeat(160) }],
  ],
  fail: [
    [
      'thin',
      { description: 'Only five words here now' },
      [{ severity: 'warning', field: 'description', evidence: { value: 5, limit: 150, unit: 'words' } }],
    ],
    [
      'missing counts as 0 words',
      { description: null },
      [{ severity: 'warning', field: 'description', evidence: { value: 0, limit: 150, unit: 'words' } }],
    ],
    [
      'over 4000 characters',
      { description: 'word '.repeat(820) },
      [
        {
          severity: 'warning',
          field: 'description',
          range: [4000, 4100],
          evidence: { value: 4100, limit: 4000, unit: 'chars' },
        },
      ],
    ],
  ],
});
