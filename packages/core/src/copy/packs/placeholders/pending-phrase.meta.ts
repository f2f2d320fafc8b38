/** Docs for copy/placeholders/pending-phrase (summary, rationale, source, examples): imported only by the documented pack, never at runtime. */
import type { RuleMeta } from '../../../engine/rule.js';

export const copyPlaceholdersPendingPhraseMeta: RuleMeta = {
  summary: 'Placeholder wording in any case: "n/a", "to be determined", "copy pending", "not applicable".',
  rationale: 'Marketplaces treat these as placeholder text; customers read them as an unfinished listing.',
  source:
    'Amazon Product Detail Page Rules (placeholder text), as summarised by goatconsulting. Sources: https://goatconsulting.com/amazon-policy/amazon-product-detail-page-rules-violation-policy-compliance.',
  examples: {
    valid: [{ input: 'Ships in two business days.' }],
    invalid: [{ input: 'Release date to be determined.' }, { input: 'Material: N/A' }],
  },
};
