// Table test for copy/claims/free-claim: exact severities and ranges, run through the shared harness.
import { ruleTable } from '../../../test-support/rule-table.js';
import { copyExampleContext } from '../../context.js';
import { copyClaimsFreeClaimRule } from './free-claim.js';

ruleTable(copyClaimsFreeClaimRule, {
  context: copyExampleContext,
  pin: ['severity', 'range'],
  pass: [['BPA-free', 'BPA-free and dishwasher safe']],
  fail: [['free gift', 'Get a free gift today', [{ severity: 'warning', range: [6, 15] }]]],
});
