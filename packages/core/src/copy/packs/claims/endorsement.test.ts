// Table test for copy/claims/endorsement: exact severities and ranges, run through the shared harness.
import { ruleTable } from '../../../test-support/rule-table.js';
import { copyExampleContext } from '../../context.js';
import { copyClaimsEndorsementRule } from './endorsement.js';

ruleTable(copyClaimsEndorsementRule, {
  context: copyExampleContext,
  pin: ['severity', 'range'],
  pass: [['a plain fact', 'Developed with a physical therapist.']],
  fail: [['doctor recommended', 'Doctor recommended support', [{ severity: 'warning', range: [0, 18] }]]],
});
