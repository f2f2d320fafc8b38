/** Table test for copy/length/truncation: passing and failing copy with exact ranges. */
import { ruleTable } from '../../../test-support/rule-table.js';
import { copyExampleContext } from '../../context.js';
import { copyLengthTruncationRule } from './truncation.js';

ruleTable(copyLengthTruncationRule, {
  context: copyExampleContext,
  pin: ['severity', 'range'],
  pass: [
    ['headline at limit', { text: 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', placement: 'google-ads.headline' }],
    ['search terms skip spaces', { text: `${'ab '.repeat(124)}a`, placement: 'amazon.search-terms' }],
    ['sms gsm single segment', { text: 'a'.repeat(160), placement: 'sms.message' }],
  ],
  fail: [
    [
      'amazon title over 80 is soft + truncated',
      { text: 'a'.repeat(81), placement: 'amazon.title' },
      [{ severity: 'info', range: [80, 81] }],
    ],
    [
      'amazon title over 200 is hard (soft is folded in)',
      { text: 'a'.repeat(201), placement: 'amazon.title' },
      [{ severity: 'info', range: [80, 201] }],
    ],
  ],
});
