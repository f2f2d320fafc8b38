// Table test for listing/amazon/description: a description or A+ must be there, and the description is at most 2000 characters.
import { ruleTable } from '../../../test-support/rule-table.js';
import { listingExampleContext } from '../context.js';
import { amazonDescription } from './description.js';

ruleTable(amazonDescription, {
  context: listingExampleContext,
  pin: ['severity', 'field', 'range', 'target', 'fix', 'evidence'],
  pass: [
    ['A+ stands in', { description: null, hasAPlus: true }],
    ['a description', { description: 'A sturdy kettle.' }],
    ['2000 characters', { description: 'd'.repeat(2000) }],
  ],
  fail: [
    ['neither', { description: null, hasAPlus: false }, [{ severity: 'warning', field: 'description' }]],
    [
      'too long',
      { description: 'd'.repeat(2001) },
      [
        {
          severity: 'warning',
          field: 'description',
          range: [2000, 2001],
          evidence: { value: 2001, limit: 2000, unit: 'chars' },
        },
      ],
    ],
  ],
});
