/** The runtime copy rules (no docs), in report order: what `lintCopy` runs, so release bundles carry no rule docs. */
import type { AnyRuntimeRule } from '../../engine/index.js';
import type { CopyContext } from '../context.js';
import { copyAiTellsRuntimeRules } from './ai-tells/runtime.js';
import { copyBrandVoiceRuntimeRules } from './brand-voice/runtime.js';
import { copyClaimsRuntimeRules } from './claims/runtime.js';
import { copyFormattingRuntimeRules } from './formatting/runtime.js';
import { copyLengthRuntimeRules } from './length/runtime.js';
import { copyPlaceholdersRuntimeRules } from './placeholders/runtime.js';
import { copyPolicyRuntimeRules } from './policy/runtime.js';
import { copyReadabilityRuntimeRules } from './readability/runtime.js';

export const copyRuntimeRules: readonly AnyRuntimeRule<CopyContext>[] = [
  ...copyLengthRuntimeRules,
  ...copyClaimsRuntimeRules,
  ...copyAiTellsRuntimeRules,
  ...copyPlaceholdersRuntimeRules,
  ...copyPolicyRuntimeRules,
  ...copyBrandVoiceRuntimeRules,
  ...copyReadabilityRuntimeRules,
  ...copyFormattingRuntimeRules,
];
