/** Docs for listing/walmart/description-words (summary, rationale, source, examples); only the documented pack imports this. */
import type { RuleMeta } from '../../../engine/rule.js';

export const walmartDescriptionWordsMeta: RuleMeta = {
  summary: 'The description has at least 150 words and at most 4000 characters.',
  rationale: 'Thin descriptions lower the content score; Walmart cuts descriptions over 4000 characters.',
  source: '[3P] Sellercloud Walmart description guide (150 words, 4000 characters).',
  examples: {
    valid: [{ input: { description: 'word '.repeat(160) } }],
    invalid: [{ input: { description: 'Short and sweet.' } }, { input: { description: null } }],
  },
};
