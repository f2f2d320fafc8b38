/** Docs for copy/policy/price-mention (summary, rationale, source, examples); only the documented pack imports this. */
import type { RuleMeta } from '../../../engine/index.js';

export const copyPolicyPriceMentionMeta: RuleMeta = {
  summary: 'Prices and discounts ("$19.99", "20% off") in marketplace listing copy.',
  rationale:
    'Price and promotion belong in the offer; in copy they go stale and break Amazon and Walmart content rules.',
  source:
    'https://sellercentral.amazon.com/gp/help/external/200390640 (no price or availability); http://kb.sellerchamp.com/en/articles/4154449-walmart-item-setup-content-policies.',
  examples: {
    valid: [{ input: { text: 'Holds 20 oz of coffee', placement: 'amazon.bullet' } }],
    invalid: [{ input: { text: 'Now only $19.99, 20% off', placement: 'amazon.bullet' } }],
  },
};
