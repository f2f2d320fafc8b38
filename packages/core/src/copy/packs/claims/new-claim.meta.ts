/** Docs for copy/claims/new-claim (summary, rationale, source, examples): imported only by the documented pack, never at runtime. */
import type { RuleMeta } from '../../../engine/rule.js';

export const copyClaimsNewClaimMeta: RuleMeta = {
  summary: '"New" claims: "all-new", "new and improved", "new formula".',
  rationale:
    'FTC guidance allows "new" for about six months, and only for a product that is new or substantially changed.',
  source:
    'FTC advisory opinion (1967), as summarised by allaboutadvertisinglaw.com. Sources: https://www.allaboutadvertisinglaw.com/2012/09/how-long-can-your-product-be-called-new.html.',
  examples: {
    valid: [{ input: 'Great for new parents.' }],
    invalid: [{ input: 'The all-new Trail 2 jacket.' }],
  },
};
