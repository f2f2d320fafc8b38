/** Table test for copy/policy/all-caps: passing and failing copy with exact ranges and fixes. */
import { ruleTable } from '../../../test-support/rule-table.js';
import { copyExampleContext } from '../../context.js';
import { copyPolicyAllCapsRule } from './all-caps.js';

ruleTable(copyPolicyAllCapsRule, {
  context: copyExampleContext,
  pin: ['severity', 'range', 'fix'],
  pass: [
    ['contextual # ok', { text: 'Trail Shoe, Style #4301', placement: 'amazon.title' }],
    ['contextual < ok before number', { text: 'Scale, <10 lb', placement: 'amazon.title' }],
    ['brand exempt', { text: 'Yum! Snack Bowl', placement: 'amazon.title', config: { brand: { name: 'Yum!' } } }],
    ['promo outside marketplaces is fine', { text: 'On sale this week', placement: 'meta.primary-text' }],
    ['acronyms fine', { text: 'USB-C LED Lamp', placement: 'amazon.title' }],
    ['caps bullet header', { text: 'WATERPROOF SHELL MEMBRANE: keeps rain out', placement: 'amazon.bullet' }],
    ['own marketplace fine', { text: 'Works with Amazon Alexa', placement: 'amazon.bullet' }],
  ],
  fail: [
    [
      'all caps run',
      { text: 'SUPER STRONG PHONE MOUNT', placement: 'amazon.title' },
      [{ severity: 'warning', range: [0, 24], fix: { kind: 'suggest', text: 'Rewrite in title or sentence case.' } }],
    ],
    [
      'caps run after the header',
      { text: 'Rain shell: SUPER STRONG WATERPROOF MEMBRANE', placement: 'amazon.bullet' },
      [{ severity: 'warning', range: [12, 44], fix: { kind: 'suggest', text: 'Rewrite in title or sentence case.' } }],
    ],
  ],
});
