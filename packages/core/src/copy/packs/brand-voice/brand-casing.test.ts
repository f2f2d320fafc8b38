/** Table test for copy/brand-voice/brand-casing: passing and failing copy with exact ranges and fixes. */
import { ruleTable } from '../../../test-support/rule-table.js';
import type { CopyConfig } from '../../config.js';
import { copyExampleContext } from '../../context.js';
import { copyBrandVoiceBrandCasingRule } from './brand-casing.js';

const config: CopyConfig = {
  brand: { name: 'KitchenAid', variants: ['KITCHENAID PRO'] },
  bannedWords: ['cheap', { word: 'hack', suggest: 'tip' }],
  substitutions: [{ use: 'T-shirt', insteadOf: ['tee shirt', 'tshirt'] }],
  requiredDisclaimers: [{ text: 'Terms apply.', placements: ['meta.primary-text'] }],
};

ruleTable(copyBrandVoiceBrandCasingRule, {
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
      'brand casing',
      { text: 'The Kitchenaid mixer', placement: 'generic', config: config },
      [{ severity: 'warning', range: [4, 14], fix: { kind: 'replace', range: [4, 14], text: 'KitchenAid' } }],
    ],
  ],
});
