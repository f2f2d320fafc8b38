// Table test for copy/claims/drug-claim: exact severities and ranges, run through the shared harness.
import { ruleTable } from '../../../test-support/rule-table.js';
import { copyExampleContext } from '../../context.js';
import { copyClaimsDrugClaimRule } from './drug-claim.js';

ruleTable(copyClaimsDrugClaimRule, {
  context: copyExampleContext,
  pin: ['severity', 'range'],
  pass: [['cosmetic wording', 'Reduces the appearance of wrinkles']],
  fail: [
    ['removes wrinkles', 'Removes wrinkles overnight', [{ severity: 'error', range: [0, 16] }]],
    ['antibacterial', 'Antibacterial bamboo board', [{ severity: 'error', range: [0, 13] }]],
  ],
});
