/** Docs for copy/policy/restricted-symbols (summary, rationale, source, examples); only the documented pack imports this. */
import type { RuleMeta } from '../../../engine/index.js';

export const copyPolicyRestrictedSymbolsMeta: RuleMeta = {
  summary:
    'Symbols and emoji not allowed in Amazon bullets (™ ® € … † ‡ ¢ £ ¥ © ± ~) or Walmart copy (™ ½ @ ^ * hearts).',
  rationale: 'Amazon may edit or remove bullets that use these characters (Product Detail Page Rules Violation).',
  source:
    'https://goatconsulting.com/amazon-policy/amazon-product-detail-page-rules-violation-policy-compliance (Amazon bullets, 15 Aug 2024); http://kb.sellerchamp.com/en/articles/4154449-walmart-item-setup-content-policies.',
  examples: {
    valid: [{ input: { text: 'Holds 32 oz and fits most cup holders', placement: 'amazon.bullet' } }],
    invalid: [
      { input: { text: 'ACME™ lid seals tight 💧', placement: 'amazon.bullet' } },
      { input: { text: 'Fits 15" laptops @ home', placement: 'walmart.key-feature' } },
    ],
  },
};
