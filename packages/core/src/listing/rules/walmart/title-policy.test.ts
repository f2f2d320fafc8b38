// Table test for listing/walmart/title-policy: banned characters and promotional claims in the title are errors with their range.
import { ruleTable } from '../../../test-support/rule-table.js';
import { listingExampleContext } from '../context.js';
import { walmartTitlePolicy } from './title-policy.js';

ruleTable(walmartTitlePolicy, {
  context: listingExampleContext,
  pin: ['severity', 'field', 'range', 'target', 'fix', 'evidence'],
  pass: [
    ['plain title', { title: 'Mainstays 12-Cup Coffee Maker, Black' }],
    ['no title', { title: null }],
  ],
  fail: [
    [
      'a character and a promo word',
      { title: 'Kettle! Clearance' },
      [
        { severity: 'error', field: 'title', range: [6, 7], evidence: { text: '!' } },
        { severity: 'error', field: 'title', range: [8, 17], evidence: { text: 'Clearance' } },
      ],
    ],
    [
      'free shipping, with target',
      {
        title: 'Mug Free Shipping',
        extraction: { fields: { title: { source: 'dom', selector: 'h1#main-title', confidence: 0.9 } } },
      },
      [
        {
          severity: 'error',
          field: 'title',
          target: 'h1#main-title',
          range: [4, 17],
          evidence: { text: 'Free Shipping' },
        },
      ],
    ],
  ],
});
