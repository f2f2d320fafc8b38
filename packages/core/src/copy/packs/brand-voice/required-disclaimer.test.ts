/** Table test for copy/brand-voice/required-disclaimer: passing and failing copy with exact ranges and fixes. */
import { ruleTable } from '../../../test-support/rule-table.js';
import type { CopyConfig } from '../../config.js';
import { copyExampleContext } from '../../context.js';
import { copyBrandVoiceRequiredDisclaimerRule } from './required-disclaimer.js';

const config: CopyConfig = {
  brand: { name: 'KitchenAid', variants: ['KITCHENAID PRO'] },
  bannedWords: ['cheap', { word: 'hack', suggest: 'tip' }],
  substitutions: [{ use: 'T-shirt', insteadOf: ['tee shirt', 'tshirt'] }],
  requiredDisclaimers: [{ text: 'Terms apply.', placements: ['meta.primary-text'] }],
};

ruleTable(copyBrandVoiceRequiredDisclaimerRule, {
  context: copyExampleContext,
  pin: ['severity', 'range', 'fix'],
  pass: [
    ['brand ok', { text: 'The KitchenAid mixer', placement: 'generic', config: config }],
    ['brand variant ok', { text: 'KITCHENAID PRO series', placement: 'generic', config: config }],
    ['disclaimer only where required', { text: 'Save today.', placement: 'generic', config: config }],
    [
      'disclaimer present, any case and spacing',
      { text: 'Save today.  terms   apply.', placement: 'meta.primary-text', config: config },
    ],
    ['does nothing without config', 'cheap kitchenaid'],
  ],
  fail: [
    [
      'disclaimer missing',
      { text: 'Save today.', placement: 'meta.primary-text', config: config },
      [{ severity: 'error', range: [11, 11], fix: { kind: 'suggest', text: 'Terms apply.' } }],
    ],
  ],
});
