/** Table test for copy/policy/contact-info: passing and failing copy with exact ranges. */
import { ruleTable } from '../../../test-support/rule-table.js';
import { copyExampleContext } from '../../context.js';
import { copyPolicyContactInfoRule } from './contact-info.js';

ruleTable(copyPolicyContactInfoRule, {
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
      'contact info',
      { text: 'Visit www.acme.com or call 555-123-4567', placement: 'amazon.bullet' },
      [
        { severity: 'error', range: [6, 18] },
        { severity: 'error', range: [27, 39] },
      ],
    ],
  ],
});
