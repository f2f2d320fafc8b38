/** Docs for listing/walmart/description-words (summary, rationale, source, examples); only the documented pack imports this. */
import type { RuleMeta } from '../../../engine/rule.js';

export const walmartDescriptionWordsMeta: RuleMeta = {
  summary: 'The description has at least 150 words and at most 4000 characters.',
  rationale: 'Thin descriptions lower the content score; Walmart cuts descriptions over 4000 characters.',
  source:
    'Sellercloud, Walmart description, 150 words and 4,000 characters (third-party): https://help.sellercloud.com/omnichannel-ecommerce/walmart-description.',
  examples: {
    valid: [{ input: { description: /* @__PURE__ */ 'word '.repeat(160) } }],
    invalid: [{ input: { description: 'Short and sweet.' } }, { input: { description: null } }],
  },
};
