// Table test for listing/walmart/key-features: fewer than 3 key features is a warning with the count.
import { ruleTable } from '../../../test-support/rule-table.js';
import { listingExampleContext } from '../context.js';
import { walmartKeyFeatures } from './key-features.js';

ruleTable(walmartKeyFeatures, {
  context: listingExampleContext,
  pin: ['severity', 'field', 'range', 'target', 'fix', 'evidence'],
  pass: [
    ['3 features', { bullets: ['a', 'b', 'c'] }],
    ['5 features', { bullets: ['a', 'b', 'c', 'd', 'e'] }],
  ],
  fail: [
    [
      '1 feature',
      { bullets: ['a'] },
      [{ severity: 'warning', field: 'bullets', evidence: { value: 1, limit: 3, unit: 'features' } }],
    ],
    [
      'none',
      { bullets: [] },
      [{ severity: 'warning', field: 'bullets', evidence: { value: 0, limit: 3, unit: 'features' } }],
    ],
  ],
});
