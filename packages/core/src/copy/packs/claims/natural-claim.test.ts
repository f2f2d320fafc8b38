// Table test for copy/claims/natural-claim: exact severities and ranges, run through the shared harness.
import { ruleTable } from '../../../test-support/rule-table.js';
import { copyExampleContext } from '../../context.js';
import { copyClaimsNaturalClaimRule } from './natural-claim.js';

ruleTable(copyClaimsNaturalClaimRule, {
  context: copyExampleContext,
  pin: ['severity', 'range'],
  pass: [['a natural ingredient', '6 mm natural rubber mat']],
  fail: [
    ['100% natural', '100% natural lip balm', [{ severity: 'warning', range: [0, 12] }]],
    ['all-natural', 'An all-natural cleaner', [{ severity: 'warning', range: [3, 14] }]],
  ],
});
