/** The runtime copy/ai-tells rules (no docs), in pack order: what lintCopy runs. */

import { copyAiTellsChatbotLeftoverRule } from './chatbot-leftover.js';
import { copyAiTellsDensityRule } from './density.js';
import { copyAiTellsMarketingClicheRule } from './marketing-cliche.js';
import { copyAiTellsOverusedVocabularyRule } from './overused-vocabulary.js';

export const copyAiTellsRuntimeRules = [
  copyAiTellsOverusedVocabularyRule,
  copyAiTellsMarketingClicheRule,
  copyAiTellsChatbotLeftoverRule,
  copyAiTellsDensityRule,
] as const;
