// Table test for listing/amazon/a-plus: no A+ content is a warning with the module count.
import { ruleTable } from '../../../test-support/rule-table.js';
import { listingExampleContext } from '../context.js';
import { amazonAPlus } from './a-plus.js';

ruleTable(amazonAPlus, {
  context: listingExampleContext,
  pin: ['severity', 'field', 'range', 'target', 'fix', 'evidence'],
  pass: [['A+ with modules', { hasAPlus: true, aPlusModuleCount: 4 }]],
  fail: [
    [
      'missing',
      { hasAPlus: false },
      [{ severity: 'warning', field: 'hasAPlus', evidence: { value: 0, limit: 1, unit: 'modules' } }],
    ],
    [
      'missing, with target',
      {
        hasAPlus: false,
        extraction: { fields: { hasAPlus: { source: 'amazon-dom', selector: '#aplus_feature_div', confidence: 0.9 } } },
      },
      [
        {
          severity: 'warning',
          field: 'hasAPlus',
          target: '#aplus_feature_div',
          evidence: { value: 0, limit: 1, unit: 'modules' },
        },
      ],
    ],
  ],
});
