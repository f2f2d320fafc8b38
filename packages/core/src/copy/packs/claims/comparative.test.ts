// Table test for copy/claims/comparative: exact severities and ranges, run through the shared harness.
import { ruleTable } from '../../../test-support/rule-table.js';
import { copyExampleContext } from '../../context.js';
import { copyClaimsComparativeRule } from './comparative.js';

ruleTable(copyClaimsComparativeRule, {
  context: copyExampleContext,
  pin: ['severity', 'range'],
  pass: [['a plain spec', 'Holds heat for 12 hours.']],
  fail: [
    ['better than leading brands', 'Cleans better than leading brands.', [{ severity: 'warning', range: [7, 18] }]],
  ],
});
