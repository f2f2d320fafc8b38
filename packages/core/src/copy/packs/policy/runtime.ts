/** The runtime copy/policy rules (no docs), in pack order: what lintCopy runs. */

import { copyPolicyAllCapsRule } from './all-caps.js';
import { copyPolicyContactInfoRule } from './contact-info.js';
import { copyPolicyGuaranteeWordingRule } from './guarantee-wording.js';
import { copyPolicyPriceMentionRule } from './price-mention.js';
import { copyPolicyPromotionalPhraseRule } from './promotional-phrase.js';
import { copyPolicyRepeatedWordRule } from './repeated-word.js';
import { copyPolicyRestrictedSymbolsRule } from './restricted-symbols.js';
import { copyPolicyRetailerMentionRule } from './retailer-mention.js';
import { copyPolicySearchTermsWordsRule } from './search-terms-words.js';
import { copyPolicySponsoredBrandsWordingRule } from './sponsored-brands-wording.js';
import { copyPolicyTiktokCharactersRule } from './tiktok-characters.js';
import { copyPolicyTitleCharactersRule } from './title-characters.js';

export const copyPolicyRuntimeRules = [
  copyPolicyTitleCharactersRule,
  copyPolicyRestrictedSymbolsRule,
  copyPolicyRepeatedWordRule,
  copyPolicyPromotionalPhraseRule,
  copyPolicySearchTermsWordsRule,
  copyPolicyAllCapsRule,
  copyPolicyGuaranteeWordingRule,
  copyPolicySponsoredBrandsWordingRule,
  copyPolicyContactInfoRule,
  copyPolicyPriceMentionRule,
  copyPolicyRetailerMentionRule,
  copyPolicyTiktokCharactersRule,
] as const;
