/** Table test for copy/length/sms-encoding: passing and failing copy with exact ranges. */
import { ruleTable } from '../../../test-support/rule-table.js';
import { copyExampleContext } from '../../context.js';
import { copyLengthSmsEncodingRule } from './sms-encoding.js';

ruleTable(copyLengthSmsEncodingRule, {
  context: copyExampleContext,
  pin: ['severity', 'range'],
  pass: [
    ['headline at limit', { text: 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', placement: 'google-ads.headline' }],
    ['search terms skip spaces', { text: `${'ab '.repeat(124)}a`, placement: 'amazon.search-terms' }],
    ['sms gsm single segment', { text: 'a'.repeat(160), placement: 'sms.message' }],
  ],
  fail: [['sms ucs-2 switch', { text: 'Hi 🎉', placement: 'sms.message' }, [{ severity: 'info', range: [3, 5] }]]],
});
