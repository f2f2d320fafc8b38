/** copy/brand-voice/required-disclaimer: A disclaimer the team requires for a placement is missing (CopyConfig.requiredDisclaimers). */
import { defineRuntimeRule } from '../../../engine/index.js';
import type { CopyContext } from '../../context.js';
import { disclaimerCheck } from './shared.js';

export const copyBrandVoiceRequiredDisclaimerRule = defineRuntimeRule<CopyContext>({
  id: 'copy/brand-voice/required-disclaimer',
  category: 'brand-voice',
  severity: 'error',
  check: disclaimerCheck,
});
