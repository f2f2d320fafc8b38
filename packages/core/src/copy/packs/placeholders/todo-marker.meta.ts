/** Docs for copy/placeholders/todo-marker (summary, rationale, source, examples): imported only by the documented pack, never at runtime. */
import type { RuleMeta } from '../../../engine/rule.js';

export const copyPlaceholdersTodoMarkerMeta: RuleMeta = {
  summary: 'TBD, TODO, TBC, FIXME and NA written in capitals and left in copy.',
  rationale:
    'Amazon treats "NA", "n/a", "TBD" and "COPY PENDING" in bullets as placeholder text and can remove the content.',
  source:
    'Amazon Product Detail Page Rules (placeholder text), as summarised by goatconsulting. Sources: https://goatconsulting.com/amazon-policy/amazon-product-detail-page-rules-violation-policy-compliance.',
  examples: {
    valid: [{ input: 'Sodium 140 mg per serving.' }],
    invalid: [{ input: 'Warranty: TBD' }, { input: 'Material: NA' }],
  },
};
