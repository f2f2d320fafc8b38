/** AI-tells pack: overused AI vocabulary and clichés (low severity per hit), density per 100 words, chatbot leftovers. */
import { defineRulePack, withRuleMeta } from '../../../engine/index.js';
import { type CopyContext, copyExampleContext } from '../../context.js';
import { copyAiTellsChatbotLeftoverRule } from './chatbot-leftover.js';
import { copyAiTellsChatbotLeftoverMeta } from './chatbot-leftover.meta.js';
import { copyAiTellsDensityRule } from './density.js';
import { copyAiTellsDensityMeta } from './density.meta.js';
import { copyAiTellsMarketingClicheRule } from './marketing-cliche.js';
import { copyAiTellsMarketingClicheMeta } from './marketing-cliche.meta.js';
import { copyAiTellsOverusedVocabularyRule } from './overused-vocabulary.js';
import { copyAiTellsOverusedVocabularyMeta } from './overused-vocabulary.meta.js';

// Pure calls: a bundle that only runs the rules (lintCopy) drops the pack and its docs.
export const copyAiTellsRulePack = /* @__PURE__ */ defineRulePack<CopyContext>({
  id: 'copy/ai-tells',
  title: 'Copy: AI tells',
  description:
    'Overused AI vocabulary and marketing clichés (single hits stay low severity), their density per 100 words, and chatbot leftovers.',
  rules: [
    /* @__PURE__ */ withRuleMeta(copyAiTellsOverusedVocabularyRule, copyAiTellsOverusedVocabularyMeta),
    /* @__PURE__ */ withRuleMeta(copyAiTellsMarketingClicheRule, copyAiTellsMarketingClicheMeta),
    /* @__PURE__ */ withRuleMeta(copyAiTellsChatbotLeftoverRule, copyAiTellsChatbotLeftoverMeta),
    /* @__PURE__ */ withRuleMeta(copyAiTellsDensityRule, copyAiTellsDensityMeta),
  ],
  exampleContext: copyExampleContext,
});
