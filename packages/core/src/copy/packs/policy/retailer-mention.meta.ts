/** Docs for copy/policy/retailer-mention (summary, rationale, source, examples); only the documented pack imports this. */
import type { RuleMeta } from '../../../engine/index.js';

export const copyPolicyRetailerMentionMeta: RuleMeta = {
  summary: 'Other retailers or marketplaces named in marketplace copy ("Best Buy" on Amazon, "Amazon" on Walmart).',
  rationale:
    'Walmart bans retailer names and mentions of other marketplaces; Amazon bans off-Amazon references. "Best Buy" is treated as the retailer here, not as a claim.',
  source:
    'https://marketplacelearn.walmart.com/guides/Item%20setup/Item%20content,%20imagery,%20and%20media/Product-Detail-Page:-overview (Walmart title bans); http://kb.sellerchamp.com/en/articles/4154449-walmart-item-setup-content-policies (other marketplaces); https://sellercentral.amazon.com/gp/help/external/200390640.',
  examples: {
    valid: [{ input: { text: 'Works with Amazon Alexa', placement: 'amazon.bullet' } }],
    invalid: [
      { input: { text: 'Also sold at Best Buy', placement: 'amazon.bullet' } },
      { input: { text: 'Same kettle as on Amazon', placement: 'walmart.description' } },
    ],
  },
};
