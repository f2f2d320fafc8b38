/** Table test for copy/policy/restricted-symbols: passing and failing copy with exact ranges. */
import { ruleTable } from '../../../test-support/rule-table.js';
import { copyExampleContext } from '../../context.js';
import { copyPolicyRestrictedSymbolsRule } from './restricted-symbols.js';

ruleTable(copyPolicyRestrictedSymbolsRule, {
  context: copyExampleContext,
  pin: ['severity', 'range'],
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
      'bullet symbols',
      { text: 'Seals tight™ 💧', placement: 'amazon.bullet' },
      [
        { severity: 'error', range: [11, 12] },
        { severity: 'error', range: [13, 15] },
      ],
    ],
  ],
});
