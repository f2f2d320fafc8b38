// Table test for copy/claims/made-in-usa: exact severities and ranges, run through the shared harness.
import { ruleTable } from '../../../test-support/rule-table.js';
import { copyExampleContext } from '../../context.js';
import { copyClaimsMadeInUsaRule } from './made-in-usa.js';

ruleTable(copyClaimsMadeInUsaRule, {
  context: copyExampleContext,
  pin: ['severity', 'range'],
  pass: [['qualified', 'Made in the USA with imported parts.']],
  fail: [['unqualified', 'Proudly made in the USA.', [{ severity: 'warning', range: [8, 23] }]]],
});
