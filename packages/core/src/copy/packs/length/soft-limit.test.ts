/** Table test for copy/length/soft-limit: passing and failing copy with exact ranges. */
import { ruleTable } from '../../../test-support/rule-table.js';
import { copyExampleContext } from '../../context.js';
import { copyLengthSoftLimitRule } from './soft-limit.js';

ruleTable(copyLengthSoftLimitRule, {
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
      [{ severity: 'warning', range: [80, 81] }],
    ],
    [
      'sms two segments',
      { text: 'a'.repeat(161), placement: 'sms.message' },
      [{ severity: 'warning', range: [153, 161] }],
    ],
  ],
});
