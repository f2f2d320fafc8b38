// Table test for copy/claims/new-claim: exact severities and ranges, run through the shared harness.
import { ruleTable } from '../../../test-support/rule-table.js';
import { copyExampleContext } from '../../context.js';
import { copyClaimsNewClaimRule } from './new-claim.js';

ruleTable(copyClaimsNewClaimRule, {
  context: copyExampleContext,
  pin: ['severity', 'range'],
  pass: [['new parents', 'Great for new parents.']],
  fail: [['all-new', 'The all-new Trail 2', [{ severity: 'info', range: [4, 11] }]]],
});
