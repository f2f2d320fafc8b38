/** copy/brand-voice/banned-word: Words on the brand's banned list (CopyConfig.bannedWords), whole words, any case, plurals included. */
import { defineRuntimeRule } from '../../../engine/index.js';
import type { CopyContext } from '../../context.js';
import { bannedCheck } from './shared.js';

export const copyBrandVoiceBannedWordRule = defineRuntimeRule<CopyContext>({
  id: 'copy/brand-voice/banned-word',
  category: 'brand-voice',
  severity: 'warning',
  check: bannedCheck,
});
