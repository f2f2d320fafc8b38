/** copy/brand-voice/preferred-term: Terms the brand replaces with a preferred one (CopyConfig.substitutions), with a safe replace fix that keeps case. */
import { defineRuntimeRule } from '../../../engine/index.js';
import type { CopyContext } from '../../context.js';
import { preferredCheck } from './shared.js';

export const copyBrandVoicePreferredTermRule = defineRuntimeRule<CopyContext>({
  id: 'copy/brand-voice/preferred-term',
  category: 'brand-voice',
  severity: 'warning',
  check: preferredCheck,
});
