/** Docs for copy/policy/title-characters (summary, rationale, source, examples); only the documented pack imports this. */
import type { RuleMeta } from '../../../engine/index.js';

export const copyPolicyTitleCharactersMeta: RuleMeta = {
  summary: 'Characters marketplaces do not allow in titles (Amazon: ! $ ? _ { } ^ ¬ ¦; Walmart: ~ ! * $).',
  rationale:
    'Amazon suppresses or rewrites non-compliant titles (brand owners get about 14 days); characters inside the configured brand name are exempt.',
  source:
    'https://sellercentral-europe.amazon.com/help/hub/reference/external/201100890 (Amazon product title requirements, 2025); https://marketplacelearn.walmart.com/guides/Item%20setup/Item%20content,%20imagery,%20and%20media/Product-Detail-Page:-overview (Walmart Product details policy, Jul 2025).',
  examples: {
    valid: [
      { input: { text: 'Trail Shoe, Style #4301, Waterproof', placement: 'amazon.title' } },
      { input: { text: 'Yum! Snack Bowl, 2 Pack', placement: 'amazon.title', config: { brand: { name: 'Yum!' } } } },
    ],
    invalid: [{ input: { text: 'Best Gift Ever!!! Water Bottle', placement: 'amazon.title' } }],
  },
};
