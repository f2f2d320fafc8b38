/** Docs for copy/claims/comparative (summary, rationale, source, examples): imported only by the documented pack, never at runtime. */
import type { RuleMeta } from '../../../engine/rule.js';

export const copyClaimsComparativeMeta: RuleMeta = {
  summary: 'Comparative claims against competitors ("better than", "than leading brands").',
  rationale:
    'Comparative claims need head-to-head evidence on the attribute claimed; marketplaces also ban competitor references.',
  source:
    'NAD substantiation practice; Amazon A+ guidelines (no competitor references). Sources: http://www.lexology.com/library/detail.aspx?g=e574c086-55d2-44c6-8476-e63398f75865.',
  examples: {
    valid: [{ input: 'Holds heat for 12 hours.' }],
    invalid: [{ input: 'Cleans better than leading brands.' }],
  },
};
