/** Table test for copy/formatting/bullet-wall-of-text: passing and failing copy with exact ranges. */
import { ruleTable } from '../../../test-support/rule-table.js';
import { copyExampleContext } from '../../context.js';
import { copyFormattingBulletWallOfTextRule } from './bullet-wall-of-text.js';

ruleTable(copyFormattingBulletWallOfTextRule, {
  context: copyExampleContext,
  pin: ['severity', 'range'],
  pass: [
    ['ellipsis ok', { text: 'Wait for it... then pour.', placement: 'generic' }],
    ['br allowed in amazon description', { text: 'One<br>Two', placement: 'amazon.description' }],
  ],
  fail: [
    [
      'bullet wall of text',
      {
        text: 'w0 w1 w2 w3 w4 w5 w6 w7 w8 w9 w10 w11 w12 w13 w14 w15 w16 w17 w18 w19 w20 w21 w22 w23 w24 w25 w26 w27 w28 w29 w30 w31 w32 w33 w34 w35 w36 w37 w38 w39 w40 w41 w42 w43 w44 w45 w46 w47 w48 w49',
        placement: 'amazon.bullet',
      },
      [{ severity: 'warning', range: [170, 189] }],
    ],
  ],
});
