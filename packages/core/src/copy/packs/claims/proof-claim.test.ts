// Table test for copy/claims/proof-claim: exact severities and ranges, run through the shared harness.
import { ruleTable } from '../../../test-support/rule-table.js';
import { copyExampleContext } from '../../context.js';
import { copyClaimsProofClaimRule } from './proof-claim.js';

ruleTable(copyClaimsProofClaimRule, {
  context: copyExampleContext,
  pin: ['severity', 'range'],
  pass: [['a described test', 'Tested on 40 volunteers over 8 weeks.']],
  fail: [
    ['clinically proven', 'Clinically proven formula', [{ severity: 'error', range: [0, 17] }]],
    ['100% effective', 'It is 100% effective.', [{ severity: 'error', range: [6, 20] }]],
    ['guaranteed alone warns', 'Fit guaranteed.', [{ severity: 'warning', range: [4, 14] }]],
  ],
});
