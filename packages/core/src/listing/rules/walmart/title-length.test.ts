// Table test for listing/walmart/title-length: missing or over 150 characters is an error; outside 50–75 is info.
import { ruleTable } from '../../../test-support/rule-table.js';
import { listingExampleContext } from '../context.js';
import { walmartTitleLength } from './title-length.js';

ruleTable(walmartTitleLength, {
  context: listingExampleContext,
  pin: ['severity', 'field', 'range', 'target', 'fix', 'evidence'],
  pass: [
    ['60 characters', { title: 't'.repeat(60) }],
    ['50 and 75 are inside the range', { title: 't'.repeat(50) }],
  ],
  fail: [
    [
      'short is info',
      { title: 't'.repeat(40) },
      [{ severity: 'info', field: 'title', evidence: { value: 40, limit: 50, unit: 'chars' } }],
    ],
    [
      'long is info',
      { title: 't'.repeat(90) },
      [{ severity: 'info', field: 'title', evidence: { value: 90, limit: 75, unit: 'chars' } }],
    ],
    [
      'over 150 is an error, with target',
      {
        title: 't'.repeat(151),
        extraction: { fields: { title: { source: 'next-data', selector: '#main-title', confidence: 0.9 } } },
      },
      [
        {
          severity: 'error',
          field: 'title',
          target: '#main-title',
          range: [150, 151],
          evidence: { value: 151, limit: 150, unit: 'chars' },
        },
      ],
    ],
    ['missing', { title: null }, [{ severity: 'error', field: 'title' }]],
  ],
});
