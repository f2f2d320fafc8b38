/** Policy pack: marketplace and platform rules per placement (title characters, repeated words, promo, contact info, prices). */
import { defineRulePack, withRuleMeta } from '../../../engine/index.js';
import { type CopyContext, copyExampleContext } from '../../context.js';
import { copyPolicyAllCapsRule } from './all-caps.js';
import { copyPolicyAllCapsMeta } from './all-caps.meta.js';
import { copyPolicyContactInfoRule } from './contact-info.js';
import { copyPolicyContactInfoMeta } from './contact-info.meta.js';
import { copyPolicyGuaranteeWordingRule } from './guarantee-wording.js';
import { copyPolicyGuaranteeWordingMeta } from './guarantee-wording.meta.js';
import { copyPolicyPriceMentionRule } from './price-mention.js';
import { copyPolicyPriceMentionMeta } from './price-mention.meta.js';
import { copyPolicyPromotionalPhraseRule } from './promotional-phrase.js';
import { copyPolicyPromotionalPhraseMeta } from './promotional-phrase.meta.js';
import { copyPolicyRepeatedWordRule } from './repeated-word.js';
import { copyPolicyRepeatedWordMeta } from './repeated-word.meta.js';
import { copyPolicyRestrictedSymbolsRule } from './restricted-symbols.js';
import { copyPolicyRestrictedSymbolsMeta } from './restricted-symbols.meta.js';
import { copyPolicyRetailerMentionRule } from './retailer-mention.js';
import { copyPolicyRetailerMentionMeta } from './retailer-mention.meta.js';
import { copyPolicySearchTermsWordsRule } from './search-terms-words.js';
import { copyPolicySearchTermsWordsMeta } from './search-terms-words.meta.js';
import { copyPolicySponsoredBrandsWordingRule } from './sponsored-brands-wording.js';
import { copyPolicySponsoredBrandsWordingMeta } from './sponsored-brands-wording.meta.js';
import { copyPolicyTiktokCharactersRule } from './tiktok-characters.js';
import { copyPolicyTiktokCharactersMeta } from './tiktok-characters.meta.js';
import { copyPolicyTitleCharactersRule } from './title-characters.js';
import { copyPolicyTitleCharactersMeta } from './title-characters.meta.js';

// Pure calls: a bundle that only runs the rules (lintCopy) drops the pack and its docs.
export const copyPolicyRulePack = /* @__PURE__ */ defineRulePack<CopyContext>({
  id: 'copy/policy',
  title: 'Copy: marketplace and platform policy',
  description:
    'Rules that depend on the placement: Amazon and Walmart title characters and repeated words, promotional, guarantee and retailer wording, contact info and prices in listings, Sponsored Brands and TikTok restrictions.',
  rules: [
    /* @__PURE__ */ withRuleMeta(copyPolicyTitleCharactersRule, copyPolicyTitleCharactersMeta),
    /* @__PURE__ */ withRuleMeta(copyPolicyRestrictedSymbolsRule, copyPolicyRestrictedSymbolsMeta),
    /* @__PURE__ */ withRuleMeta(copyPolicyRepeatedWordRule, copyPolicyRepeatedWordMeta),
    /* @__PURE__ */ withRuleMeta(copyPolicyPromotionalPhraseRule, copyPolicyPromotionalPhraseMeta),
    /* @__PURE__ */ withRuleMeta(copyPolicySearchTermsWordsRule, copyPolicySearchTermsWordsMeta),
    /* @__PURE__ */ withRuleMeta(copyPolicyAllCapsRule, copyPolicyAllCapsMeta),
    /* @__PURE__ */ withRuleMeta(copyPolicyGuaranteeWordingRule, copyPolicyGuaranteeWordingMeta),
    /* @__PURE__ */ withRuleMeta(copyPolicySponsoredBrandsWordingRule, copyPolicySponsoredBrandsWordingMeta),
    /* @__PURE__ */ withRuleMeta(copyPolicyContactInfoRule, copyPolicyContactInfoMeta),
    /* @__PURE__ */ withRuleMeta(copyPolicyPriceMentionRule, copyPolicyPriceMentionMeta),
    /* @__PURE__ */ withRuleMeta(copyPolicyRetailerMentionRule, copyPolicyRetailerMentionMeta),
    /* @__PURE__ */ withRuleMeta(copyPolicyTiktokCharactersRule, copyPolicyTiktokCharactersMeta),
  ],
  exampleContext: copyExampleContext,
});
