/** Table test for copy/formatting/doubled-word: passing and failing copy with exact ranges and fixes. */
import { ruleTable } from '../../../test-support/rule-table.js';
import { copyExampleContext } from '../../context.js';
import { copyFormattingDoubledWordRule } from './doubled-word.js';

ruleTable(copyFormattingDoubledWordRule, {
  context: copyExampleContext,
  pin: ['severity', 'range', 'fix'],
  pass: [
    ['ellipsis ok', { text: 'Wait for it... then pour.', placement: 'generic' }],
    ['br allowed in amazon description', { text: 'One<br>Two', placement: 'amazon.description' }],
  ],
  fail: [
    [
      'doubled word',
      { text: 'Fits the the lid', placement: 'generic' },
      [{ severity: 'warning', range: [8, 12], fix: { kind: 'replace', range: [8, 12], text: '' } }],
    ],
  ],
});
