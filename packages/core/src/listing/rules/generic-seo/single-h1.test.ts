// Table test for listing/generic-seo/single-h1: no H1 or several H1s is a warning with the count.
import { ruleTable } from '../../../test-support/rule-table.js';
import { listingExampleContext } from '../context.js';
import { genericSeoSingleH1 } from './single-h1.js';

ruleTable(genericSeoSingleH1, {
  context: listingExampleContext,
  pin: ['severity', 'field', 'range', 'target', 'fix', 'evidence'],
  pass: [['one', { seo: { h1Count: 1 } }]],
  fail: [
    [
      'two',
      { seo: { h1Count: 2 } },
      [{ severity: 'warning', field: 'seo.h1Count', evidence: { value: 2, limit: 1, unit: 'h1' } }],
    ],
    [
      'none',
      { seo: { h1Count: 0 } },
      [{ severity: 'warning', field: 'seo.h1Count', evidence: { value: 0, limit: 1, unit: 'h1' } }],
    ],
  ],
});
