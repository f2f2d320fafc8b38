/** Table test for copy/length/hard-limit: passing and failing copy with exact ranges. */
import { ruleTable } from '../../../test-support/rule-table.js';
import { copyExampleContext } from '../../context.js';
import { copyLengthHardLimitRule } from './hard-limit.js';

ruleTable(copyLengthHardLimitRule, {
  context: copyExampleContext,
  pin: ['severity', 'range'],
  pass: [
    ['headline at limit', { text: 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', placement: 'google-ads.headline' }],
    ['search terms skip spaces', { text: `${'ab '.repeat(124)}a`, placement: 'amazon.search-terms' }],
    ['sms gsm single segment', { text: 'a'.repeat(160), placement: 'sms.message' }],
  ],
  fail: [
    [
      'headline over',
      { text: 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', placement: 'google-ads.headline' },
      [{ severity: 'error', range: [30, 31] }],
    ],
    [
      'wide chars count 2',
      { text: '日日日日日日日日日日日日日日日日', placement: 'google-ads.headline' },
      [{ severity: 'error', range: [15, 16] }],
    ],
    [
      'amazon title over 200 is hard (soft is folded in)',
      { text: 'a'.repeat(201), placement: 'amazon.title' },
      [{ severity: 'error', range: [200, 201] }],
    ],
    [
      'search terms in bytes',
      { text: `${'a'.repeat(248)}ä`, placement: 'amazon.search-terms' },
      [{ severity: 'error', range: [248, 249] }],
    ],
    [
      'SB headline Japan',
      { text: 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', placement: 'amazon.sponsored-brands.headline', locale: 'ja-JP' },
      [{ severity: 'error', range: [35, 36] }],
    ],
  ],
});
