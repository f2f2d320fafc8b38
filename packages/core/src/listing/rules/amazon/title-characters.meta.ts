/** Docs for listing/amazon/title-characters (summary, rationale, source, examples); only the documented pack imports this. */
import type { RuleMeta } from '../../../engine/rule.js';

export const amazonTitleCharactersMeta: RuleMeta = {
  summary: 'The title has none of the banned characters ! $ ? _ { } ^ ¬ ¦ (a brand name is exempt).',
  rationale: 'Since January 2025 Amazon suppresses or auto-corrects titles that contain these characters.',
  source:
    'Amazon Seller Central UK, product title requirements and guidelines: https://sellercentral-europe.amazon.com/help/hub/reference/external/201100890; forestleopard, the US title rules announced 2025-01-17 (third-party): https://forestleopard.com/knowledgedetail/Amazon-US-announcement--the-ne.',
  examples: {
    valid: [
      { input: { title: 'Yahoo! Style Kettle, 1.7 L', brand: 'Yahoo!' }, note: 'inside the brand' },
      { input: { title: 'Steel Kettle 1.7 L, Cordless' } },
    ],
    invalid: [{ input: { title: 'Amazing Kettle!! Boils Fast $$' } }],
  },
};
