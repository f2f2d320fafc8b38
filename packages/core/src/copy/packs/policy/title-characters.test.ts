/** Table test for copy/policy/title-characters: passing and failing copy with exact ranges and fixes. */
import { ruleTable } from '../../../test-support/rule-table.js';
import { copyExampleContext } from '../../context.js';
import { copyPolicyTitleCharactersRule } from './title-characters.js';

ruleTable(copyPolicyTitleCharactersRule, {
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
      'title chars grouped',
      { text: 'Water Bottle!!', placement: 'amazon.title' },
      [{ severity: 'error', range: [12, 14], fix: { kind: 'replace', range: [12, 14], text: '' } }],
    ],
    [
      'bare # is not',
      { text: 'Trail Shoe # Blue', placement: 'amazon.title' },
      [{ severity: 'error', range: [11, 12], fix: { kind: 'replace', range: [10, 12], text: '' } }],
    ],
    [
      '\u00ae is advice',
      { text: 'Acme® Kettle', placement: 'amazon.title' },
      [{ severity: 'info', range: [4, 5], fix: { kind: 'replace', range: [4, 5], text: '' } }],
    ],
    [
      'walmart ~',
      { text: 'Kettle ~ Blue', placement: 'walmart.title' },
      [{ severity: 'error', range: [7, 8], fix: { kind: 'replace', range: [6, 8], text: '' } }],
    ],
  ],
});
