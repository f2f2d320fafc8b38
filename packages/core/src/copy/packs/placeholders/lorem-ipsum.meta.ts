/** Docs for copy/placeholders/lorem-ipsum (summary, rationale, source, examples): imported only by the documented pack, never at runtime. */
import type { RuleMeta } from '../../../engine/rule.js';

export const copyPlaceholdersLoremIpsumMeta: RuleMeta = {
  summary: 'Lorem ipsum filler text.',
  rationale: 'Dummy text in live copy is an obvious defect.',
  source:
    'revloop: unfinished copy. Sources: https://goatconsulting.com/amazon-policy/amazon-product-detail-page-rules-violation-policy-compliance.',
  examples: {
    valid: [{ input: 'Linen blend, relaxed fit.' }],
    invalid: [{ input: 'Lorem ipsum dolor sit amet, consectetur.' }],
  },
};
