/** The runtime copy/brand-voice rules (no docs), in pack order: what lintCopy runs. */

import { copyBrandVoiceBannedWordRule } from './banned-word.js';
import { copyBrandVoiceBrandCasingRule } from './brand-casing.js';
import { copyBrandVoicePreferredTermRule } from './preferred-term.js';
import { copyBrandVoiceRequiredDisclaimerRule } from './required-disclaimer.js';

export const copyBrandVoiceRuntimeRules = [
  copyBrandVoiceBrandCasingRule,
  copyBrandVoiceBannedWordRule,
  copyBrandVoicePreferredTermRule,
  copyBrandVoiceRequiredDisclaimerRule,
] as const;
