// Table test for listing/amazon/title-length: missing title, over 80 characters (info, with target) and over 200 (error).
import { ruleTable } from '../../../test-support/rule-table.js';
import { listingExampleContext } from '../context.js';
import { amazonTitleLength } from './title-length.js';

const T = { fields: { title: { source: 'amazon-dom', selector: '#productTitle', confidence: 0.9 } } };

ruleTable(amazonTitleLength, {
  context: listingExampleContext,
  pin: ['severity', 'field', 'range', 'target', 'fix', 'evidence'],
  pass: [
    ['80 characters', { title: 'x'.repeat(80) }],
    ['short', { title: 'Steel Kettle 1.7 L' }],
  ],
  fail: [
    [
      'over 80 is info, with the title selector as target',
      { title: 'x'.repeat(81), extraction: T },
      [
        {
          severity: 'info',
          field: 'title',
          target: '#productTitle',
          range: [80, 81],
          evidence: { value: 81, limit: 80, unit: 'chars' },
        },
      ],
    ],
    [
      'over 200 is an error',
      { title: 'x'.repeat(205) },
      [{ severity: 'error', field: 'title', range: [200, 205], evidence: { value: 205, limit: 200, unit: 'chars' } }],
    ],
    ['missing', { title: null }, [{ severity: 'error', field: 'title' }]],
    ['empty', { title: '' }, [{ severity: 'error', field: 'title' }]],
  ],
});
