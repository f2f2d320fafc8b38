/** Docs for copy/placeholders/asin (summary, rationale, source, examples): imported only by the documented pack, never at runtime. */
import type { RuleMeta } from '../../../engine/rule.js';

export const copyPlaceholdersAsinMeta: RuleMeta = {
  summary: 'ASIN-like identifiers (B0 followed by eight letters or digits) in customer-facing copy.',
  rationale: 'ASINs in copy are usually a template leftover, and Amazon bans them in bullets and search terms.',
  source:
    'Amazon placeholder-text policy (goatconsulting); Seller Central G23501 (no ASINs in search terms). Sources: https://goatconsulting.com/amazon-policy/amazon-product-detail-page-rules-violation-policy-compliance ; https://sellercentral.amazon.com/gp/help/external/200390640.',
  examples: {
    valid: [{ input: 'Model B-200 with a 2-year warranty.' }],
    invalid: [{ input: 'Pairs with B07XJ8C8F5 for a full set.' }],
  },
};
