/** links/prohibited-term: no value contains a term the policy forbids. */
import type { RuleFinding } from '../../engine/finding.js';
import { defineRuntimeRule } from '../../engine/rule.js';
import type { CampaignCheckContext } from '../check-context.js';
import { hasUrl, LINKS_CATEGORY, pairFinding } from './shared.js';

export const linksProhibitedTermRule = defineRuntimeRule<CampaignCheckContext>({
  id: 'links/prohibited-term',
  category: LINKS_CATEGORY,
  severity: 'error',
  applies: (ctx) => hasUrl(ctx) && ctx.policy.prohibited.length > 0,
  check(ctx) {
    const out: RuleFinding[] = [];
    const terms = ctx.policy.prohibited.map((t) => t.toLowerCase());
    for (const p of ctx.campaignPairs) {
      const value = p.value.toLowerCase();
      const term = terms.find((t) => value.includes(t));
      if (term !== undefined) {
        out.push(
          pairFinding(p, `${p.key} "${p.value}" contains the prohibited term "${term}".`, { evidence: { text: term } }),
        );
      }
    }
    return out;
  },
});
