/** Table test for copy/formatting/exclamation-overload: passing and failing copy with exact ranges. */
import { ruleTable } from '../../../test-support/rule-table.js';
import { copyExampleContext } from '../../context.js';
import { copyFormattingExclamationOverloadRule } from './exclamation-overload.js';

ruleTable(copyFormattingExclamationOverloadRule, {
  context: copyExampleContext,
  pin: ['severity', 'range'],
  pass: [
    ['ellipsis ok', { text: 'Wait for it... then pour.', placement: 'generic' }],
    ['br allowed in amazon description', { text: 'One<br>Two', placement: 'amazon.description' }],
  ],
  fail: [
    [
      'doubled punctuation',
      { text: 'Ships today!!', placement: 'generic' },
      [{ severity: 'warning', range: [12, 13] }],
    ],
  ],
});
