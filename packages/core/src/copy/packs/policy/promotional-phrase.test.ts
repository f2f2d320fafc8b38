/** Table test for copy/policy/promotional-phrase: passing and failing copy with exact ranges. */
import { ruleTable } from '../../../test-support/rule-table.js';
import { copyExampleContext } from '../../context.js';
import { copyPolicyPromotionalPhraseRule } from './promotional-phrase.js';

ruleTable(copyPolicyPromotionalPhraseRule, {
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
      'promo in title is error',
      { text: 'Kettle Free Shipping', placement: 'amazon.title' },
      [{ severity: 'error', range: [7, 20] }],
    ],
    [
      'promo in bullet is warning',
      { text: 'On sale this week', placement: 'amazon.bullet' },
      [{ severity: 'warning', range: [0, 7] }],
    ],
  ],
});
