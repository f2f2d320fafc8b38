/** Docs for listing/amazon/title-promotional (summary, rationale, source, examples); only the documented pack imports this. */
import type { RuleMeta } from '../../../engine/rule.js';

export const amazonTitlePromotionalMeta: RuleMeta = {
  summary: 'The title has no promotional or subjective phrases such as "free shipping" or "best seller".',
  rationale: 'Amazon bans promotional language in titles; such titles are suppressed or rewritten.',
  source: '[O] Amazon Seller Central 201100890 and YTR6SYGFA5E3EQC (promotional and subjective commentary).',
  examples: {
    valid: [{ input: { title: 'Cast Iron Skillet, 12 Inch, Pre-Seasoned' } }],
    invalid: [{ input: { title: 'Best Seller Cast Iron Skillet Free Shipping' } }],
  },
};
