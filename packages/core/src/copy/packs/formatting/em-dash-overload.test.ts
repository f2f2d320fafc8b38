/** Table test for copy/formatting/em-dash-overload: passing and failing copy with exact ranges. */
import { ruleTable } from '../../../test-support/rule-table.js';
import { copyExampleContext } from '../../context.js';
import { copyFormattingEmDashOverloadRule } from './em-dash-overload.js';

ruleTable(copyFormattingEmDashOverloadRule, {
  context: copyExampleContext,
  pin: ['severity', 'range'],
  pass: [
    ['ellipsis ok', { text: 'Wait for it... then pour.', placement: 'generic' }],
    ['br allowed in amazon description', { text: 'One<br>Two', placement: 'amazon.description' }],
  ],
  fail: [
    ['em dashes', { text: 'Light — warm — packable', placement: 'generic' }, [{ severity: 'info', range: [13, 14] }]],
  ],
});
