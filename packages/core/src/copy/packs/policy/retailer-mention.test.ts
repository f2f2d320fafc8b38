/** Table test for copy/policy/retailer-mention: passing and failing copy with exact ranges. */
import { ruleTable } from '../../../test-support/rule-table.js';
import { copyExampleContext } from '../../context.js';
import { copyPolicyRetailerMentionRule } from './retailer-mention.js';

ruleTable(copyPolicyRetailerMentionRule, {
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
      'retailer on amazon',
      { text: 'Also at Best Buy', placement: 'amazon.bullet' },
      [{ severity: 'warning', range: [8, 16] }],
    ],
    [
      'retailer on walmart',
      { text: 'Same as on Amazon', placement: 'walmart.description' },
      [{ severity: 'error', range: [11, 17] }],
    ],
  ],
});
