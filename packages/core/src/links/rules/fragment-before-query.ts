/** links/fragment-before-query: campaign parameters sit in the query, before any `#fragment`. */
import type { RuleFinding } from '../../engine/finding.js';
import { defineRuntimeRule } from '../../engine/rule.js';
import type { CampaignCheckContext } from '../check-context.js';
import { hasUrl, LINKS_CATEGORY } from './shared.js';

export const linksFragmentBeforeQueryRule = defineRuntimeRule<CampaignCheckContext>({
  id: 'links/fragment-before-query',
  category: LINKS_CATEGORY,
  severity: 'error',
  applies: hasUrl,
  check(ctx) {
    const out: RuleFinding[] = [];
    for (const p of ctx.campaignPairs) {
      if (!p.inFragment) continue;
      out.push({
        field: p.key,
        range: [p.start, p.end],
        message: `${p.key} is inside the #fragment, where GA4 does not read it; move it into the query before "#".`,
        evidence: { text: p.value },
        fix: {
          kind: 'suggest',
          text: 'Rebuild the link with buildCampaignUrl, which moves the parameters before "#".',
        },
      });
    }
    return out;
  },
});
