/** Table test for copy/formatting/repeated-whitespace: passing and failing copy with exact ranges and fixes. */
import { ruleTable } from '../../../test-support/rule-table.js';
import { copyExampleContext } from '../../context.js';
import { copyFormattingRepeatedWhitespaceRule } from './repeated-whitespace.js';

ruleTable(copyFormattingRepeatedWhitespaceRule, {
  context: copyExampleContext,
  pin: ['severity', 'range', 'fix'],
  pass: [
    ['ellipsis ok', { text: 'Wait for it... then pour.', placement: 'generic' }],
    ['br allowed in amazon description', { text: 'One<br>Two', placement: 'amazon.description' }],
  ],
  fail: [
    [
      'double space',
      { text: 'Soft  tee', placement: 'generic' },
      [{ severity: 'warning', range: [4, 6], fix: { kind: 'replace', range: [4, 6], text: ' ' } }],
    ],
  ],
});
