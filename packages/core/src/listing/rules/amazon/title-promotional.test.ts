// Table test for listing/amazon/title-promotional: promotional phrases in the title are errors with their range.
import { ruleTable } from '../../../test-support/rule-table.js';
import { listingExampleContext } from '../context.js';
import { amazonTitlePromotional } from './title-promotional.js';

ruleTable(amazonTitlePromotional, {
  context: listingExampleContext,
  pin: ['severity', 'field', 'range', 'target', 'fix', 'evidence'],
  pass: [
    ['plain title', { title: 'Kettle, 1.7 L, wholesale pack' }],
    ['no title', { title: null }],
  ],
  fail: [
    [
      'free shipping',
      { title: 'Kettle Free Shipping' },
      [{ severity: 'error', field: 'title', range: [7, 20], evidence: { text: 'Free Shipping' } }],
    ],
    [
      'two phrases',
      { title: 'Best Seller Kettle #1' },
      [
        { severity: 'error', field: 'title', range: [0, 11], evidence: { text: 'Best Seller' } },
        { severity: 'error', field: 'title', range: [19, 21], evidence: { text: '#1' } },
      ],
    ],
  ],
});
