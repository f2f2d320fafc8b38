/** Table test for copy/readability/sentence-length: passing and failing copy with exact ranges. */
import { ruleTable } from '../../../test-support/rule-table.js';
import { copyExampleContext } from '../../context.js';
import { copyReadabilitySentenceLengthRule } from './sentence-length.js';

ruleTable(copyReadabilitySentenceLengthRule, {
  context: copyExampleContext,
  pin: ['severity', 'range'],
  pass: [['skips short placements such as titles', { text: `${'word '.repeat(30)}word.`, placement: 'amazon.title' }]],
  fail: [
    [
      'flags a sentence over 30 words with its exact range',
      'Short one. word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word word. Done.',
      [{ severity: 'warning', range: [11, 166] }],
    ],
  ],
});
