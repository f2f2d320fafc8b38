/** Docs for copy/policy/guarantee-wording (summary, rationale, source, examples); only the documented pack imports this. */
import type { RuleMeta } from '../../../engine/index.js';

export const copyPolicyGuaranteeWordingMeta: RuleMeta = {
  summary: 'Guarantee and refund wording in marketplace listings ("full refund", "money-back guarantee").',
  rationale:
    'Amazon edits or removes bullets with guarantee claims; returns are governed by marketplace policy, not listing copy.',
  source:
    'https://goatconsulting.com/amazon-policy/amazon-product-detail-page-rules-violation-policy-compliance and https://shipaim.com/amazons-new-ban-on-prohibited-words-strict-investigation-will-be-carried-out-in-august (Amazon detail page rules, Aug 2024).',
  examples: {
    valid: [
      { input: { text: 'Backed by a 2-year limited warranty from the manufacturer', placement: 'amazon.bullet' } },
    ],
    invalid: [{ input: { text: 'Not happy? Get a full refund, no questions asked', placement: 'amazon.bullet' } }],
  },
};
