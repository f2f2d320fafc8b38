/** Table test for copy/length/empty: passing and failing copy with exact ranges. */
import { ruleTable } from '../../../test-support/rule-table.js';
import { copyExampleContext } from '../../context.js';
import { copyLengthEmptyRule } from './empty.js';

ruleTable(copyLengthEmptyRule, {
  context: copyExampleContext,
  pin: ['severity', 'range'],
  pass: [
    ['headline at limit', { text: 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', placement: 'google-ads.headline' }],
    ['search terms skip spaces', { text: `${'ab '.repeat(124)}a`, placement: 'amazon.search-terms' }],
    ['sms gsm single segment', { text: 'a'.repeat(160), placement: 'sms.message' }],
  ],
  fail: [['empty field', { text: '  ', placement: 'email.subject' }, [{ severity: 'warning', range: [0, 2] }]]],
});
