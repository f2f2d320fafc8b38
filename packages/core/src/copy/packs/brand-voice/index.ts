/** Brand-voice pack: driven by CopyConfig (brand casing, banned words, preferred terms, required disclaimers). */
import { defineRulePack, withRuleMeta } from '../../../engine/index.js';
import { type CopyContext, copyExampleContext } from '../../context.js';
import { copyBrandVoiceBannedWordRule } from './banned-word.js';
import { copyBrandVoiceBannedWordMeta } from './banned-word.meta.js';
import { copyBrandVoiceBrandCasingRule } from './brand-casing.js';
import { copyBrandVoiceBrandCasingMeta } from './brand-casing.meta.js';
import { copyBrandVoicePreferredTermRule } from './preferred-term.js';
import { copyBrandVoicePreferredTermMeta } from './preferred-term.meta.js';
import { copyBrandVoiceRequiredDisclaimerRule } from './required-disclaimer.js';
import { copyBrandVoiceRequiredDisclaimerMeta } from './required-disclaimer.meta.js';

// Pure calls: a bundle that only runs the rules (lintCopy) drops the pack and its docs.
export const copyBrandVoiceRulePack = /* @__PURE__ */ defineRulePack<CopyContext>({
  id: 'copy/brand-voice',
  title: 'Copy: brand voice',
  description:
    'Driven by CopyConfig: brand name casing, banned words, preferred terms and required disclaimers per placement. Does nothing without config.',
  rules: [
    /* @__PURE__ */ withRuleMeta(copyBrandVoiceBrandCasingRule, copyBrandVoiceBrandCasingMeta),
    /* @__PURE__ */ withRuleMeta(copyBrandVoiceBannedWordRule, copyBrandVoiceBannedWordMeta),
    /* @__PURE__ */ withRuleMeta(copyBrandVoicePreferredTermRule, copyBrandVoicePreferredTermMeta),
    /* @__PURE__ */ withRuleMeta(copyBrandVoiceRequiredDisclaimerRule, copyBrandVoiceRequiredDisclaimerMeta),
  ],
  exampleContext: copyExampleContext,
});
