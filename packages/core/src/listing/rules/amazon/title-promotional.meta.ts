/** Docs for listing/amazon/title-promotional (summary, rationale, source, examples); only the documented pack imports this. */
import type { RuleMeta } from '../../../engine/rule.js';

export const amazonTitlePromotionalMeta: RuleMeta = {
  summary: 'The title has no promotional or subjective phrases such as "free shipping" or "best seller".',
  rationale: 'Amazon bans promotional language in titles; such titles are suppressed or rewritten.',
  source:
    'Amazon Seller Central UK, product title requirements and guidelines (no promotional phrases): https://sellercentral-europe.amazon.com/help/hub/reference/external/201100890; Amazon Seller Central, product title guidance (no promotional or subjective commentary): https://sellercentral.amazon.com/gp/help/external/help.html?itemID=YTR6SYGFA5E3EQC.',
  examples: {
    valid: [{ input: { title: 'Cast Iron Skillet, 12 Inch, Pre-Seasoned' } }],
    invalid: [{ input: { title: 'Best Seller Cast Iron Skillet Free Shipping' } }],
  },
};
