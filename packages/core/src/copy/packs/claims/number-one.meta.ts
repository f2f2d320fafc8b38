/** Docs for copy/claims/number-one (summary, rationale, source, examples): imported only by the documented pack, never at runtime. */
import type { RuleMeta } from '../../../engine/rule.js';

export const copyClaimsNumberOneMeta: RuleMeta = {
  summary: 'Rank claims written with symbols: "#1", "No. 1".',
  rationale: 'A "#1" claim is a ranking that needs a named source and period; Amazon bans rankings in static ads.',
  source:
    'NAD substantiation practice; Amazon Ads brand-elements policy. Sources: http://www.lexology.com/library/detail.aspx?g=e574c086-55d2-44c6-8476-e63398f75865 ; https://advertising.amazon.com/resources/ad-policy/creative-acceptance/brand-elements.',
  examples: {
    valid: [{ input: 'Style #4301 in charcoal' }],
    invalid: [{ input: '#1 rated travel pillow' }],
  },
};
