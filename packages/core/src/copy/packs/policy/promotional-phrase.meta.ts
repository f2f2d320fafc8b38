/** Docs for copy/policy/promotional-phrase (summary, rationale, source, examples); only the documented pack imports this. */
import type { RuleMeta } from '../../../engine/index.js';

export const copyPolicyPromotionalPhraseMeta: RuleMeta = {
  summary: 'Promotional and time-sensitive wording in marketplace listings ("free shipping", "sale", "limited time").',
  rationale:
    'Amazon and Walmart ban promotions, prices and availability in titles (error) and listing copy (warning); offers belong in promotions tools.',
  source:
    'https://sellercentral-europe.amazon.com/help/hub/reference/external/201100890; https://sellercentral.amazon.com/gp/help/external/200390640; https://marketplacelearn.walmart.com/guides/Item%20setup/Item%20content,%20imagery,%20and%20media/Product-Detail-Page:-overview (Walmart title bans).',
  examples: {
    valid: [{ input: { text: 'Ceramic Pour-Over Coffee Dripper, Size 02', placement: 'amazon.title' } }],
    invalid: [{ input: { text: 'Coffee Dripper - Free Shipping, Limited Time', placement: 'amazon.title' } }],
  },
};
