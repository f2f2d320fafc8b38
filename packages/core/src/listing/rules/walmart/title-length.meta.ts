/** Docs for listing/walmart/title-length (summary, rationale, source, examples); only the documented pack imports this. */
import type { RuleMeta } from '../../../engine/rule.js';

export const walmartTitleLengthMeta: RuleMeta = {
  summary: 'The title exists, is at most 150 characters, and ideally 50–75.',
  rationale: 'Walmart asks for brief titles of at most 150 characters; 50–75 reads fully in search and on mobile.',
  source:
    'Walmart Marketplace Learn, Product details policy (2025-07-15, at most 150 characters): https://marketplacelearn.walmart.com/guides/Item%20setup/Item%20content,%20imagery,%20and%20media/Product-Detail-Page:-overview; rivrhub Walmart SOP, 50–75 characters (third-party): https://playbook.rivrhub.com/help/walmart-sop-walmart-items-copy-and-images-guideline-and-requirement; imagine.io on Walmart content quality (third-party): https://resources.imagine.io/blog/mastering-walmarts-content-quality-score.',
  examples: {
    valid: [{ input: { title: 'Great Value Whole Vitamin D Milk, 1 Gallon, 128 fl oz Jug' } }],
    invalid: [
      { input: { title: /* @__PURE__ */ 'W'.repeat(151) }, note: 'over 150' },
      { input: { title: 'Whole Milk' }, note: 'under 50' },
      { input: { title: null } },
    ],
  },
};
