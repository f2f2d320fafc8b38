/** Table test for copy/formatting/repeated-punctuation: passing and failing copy with exact ranges and fixes. */
import { ruleTable } from '../../../test-support/rule-table.js';
import { copyExampleContext } from '../../context.js';
import { copyFormattingRepeatedPunctuationRule } from './repeated-punctuation.js';

ruleTable(copyFormattingRepeatedPunctuationRule, {
  context: copyExampleContext,
  pin: ['severity', 'range', 'fix'],
  pass: [
    ['ellipsis ok', { text: 'Wait for it... then pour.', placement: 'generic' }],
    ['br allowed in amazon description', { text: 'One<br>Two', placement: 'amazon.description' }],
  ],
  fail: [
    [
      'doubled punctuation',
      { text: 'Ships today!!', placement: 'generic' },
      [{ severity: 'warning', range: [11, 13], fix: { kind: 'replace', range: [11, 13], text: '!' } }],
    ],
  ],
});
