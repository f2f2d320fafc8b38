// Table test for copy/claims/number-one: exact severities and ranges, run through the shared harness.
import { ruleTable } from '../../../test-support/rule-table.js';
import { copyExampleContext } from '../../context.js';
import { copyClaimsNumberOneRule } from './number-one.js';

ruleTable(copyClaimsNumberOneRule, {
  context: copyExampleContext,
  pin: ['severity', 'range'],
  pass: [['model number', 'Style #4301']],
  fail: [
    ['#1', '#1 rated pillow', [{ severity: 'warning', range: [0, 2] }]],
    ['No. 1', 'The No. 1 pick', [{ severity: 'warning', range: [4, 9] }]],
  ],
});
