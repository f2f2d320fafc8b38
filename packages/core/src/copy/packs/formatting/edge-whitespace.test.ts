/** Table test for copy/formatting/edge-whitespace: passing and failing copy with exact ranges and fixes. */
import { ruleTable } from '../../../test-support/rule-table.js';
import { copyExampleContext } from '../../context.js';
import { copyFormattingEdgeWhitespaceRule } from './edge-whitespace.js';

ruleTable(copyFormattingEdgeWhitespaceRule, {
  context: copyExampleContext,
  pin: ['severity', 'range', 'fix'],
  pass: [
    ['ellipsis ok', { text: 'Wait for it... then pour.', placement: 'generic' }],
    ['br allowed in amazon description', { text: 'One<br>Two', placement: 'amazon.description' }],
  ],
  fail: [
    [
      'edges',
      { text: ' Soft tee ', placement: 'generic' },
      [
        { severity: 'info', range: [0, 1], fix: { kind: 'replace', range: [0, 1], text: '' } },
        { severity: 'info', range: [9, 10], fix: { kind: 'replace', range: [9, 10], text: '' } },
      ],
    ],
  ],
});
