/** The built-in copy rule packs, in report order. */
import type { AnyRule, RulePack } from '../../engine/index.js';
import type { CopyContext } from '../context.js';
import { copyAiTellsRulePack } from './ai-tells/index.js';
import { copyBrandVoiceRulePack } from './brand-voice/index.js';
import { copyClaimsRulePack } from './claims/index.js';
import { copyFormattingRulePack } from './formatting/index.js';
import { copyLengthRulePack } from './length/index.js';
import { copyPlaceholdersRulePack } from './placeholders/index.js';
import { copyPolicyRulePack } from './policy/index.js';
import { copyReadabilityRulePack } from './readability/index.js';

export const copyRulePacks: readonly RulePack<CopyContext>[] = [
  copyLengthRulePack,
  copyClaimsRulePack,
  copyAiTellsRulePack,
  copyPlaceholdersRulePack,
  copyPolicyRulePack,
  copyBrandVoiceRulePack,
  copyReadabilityRulePack,
  copyFormattingRulePack,
];

/** Every built-in copy rule with its docs, in pack order (`lintCopy` runs the doc-free `copyRuntimeRules`). */
export const copyRules: readonly AnyRule<CopyContext>[] = /* @__PURE__ */ copyRulePacks.flatMap((p) => p.rules);

export {
  copyAiTellsRulePack as copyAiTellsPack,
  copyBrandVoiceRulePack as copyBrandVoicePack,
  copyClaimsRulePack as copyClaimsPack,
  copyFormattingRulePack as copyFormattingPack,
  copyLengthRulePack as copyLengthPack,
  copyPlaceholdersRulePack as copyPlaceholdersPack,
  copyPolicyRulePack as copyPolicyPack,
  copyReadabilityRulePack as copyReadabilityPack,
};
