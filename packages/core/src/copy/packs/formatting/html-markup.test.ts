/** Table test for copy/formatting/html-markup: passing and failing copy with exact ranges. */
import { ruleTable } from '../../../test-support/rule-table.js';
import { copyExampleContext } from '../../context.js';
import { copyFormattingHtmlMarkupRule } from './html-markup.js';

ruleTable(copyFormattingHtmlMarkupRule, {
  context: copyExampleContext,
  pin: ['severity', 'range'],
  pass: [
    ['ellipsis ok', { text: 'Wait for it... then pour.', placement: 'generic' }],
    ['br allowed in amazon description', { text: 'One<br>Two', placement: 'amazon.description' }],
  ],
  fail: [
    [
      'html in bullet',
      { text: '<b>Dry</b> bag', placement: 'amazon.bullet' },
      [
        { severity: 'error', range: [0, 3] },
        { severity: 'error', range: [6, 10] },
      ],
    ],
    ['entity', { text: 'Soft&nbsp;tee', placement: 'meta.primary-text' }, [{ severity: 'warning', range: [4, 10] }]],
  ],
});
