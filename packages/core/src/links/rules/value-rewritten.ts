/** links/value-rewritten: records each value the builder rewrote because the policy asked it to (from → to). */
import type { RuleFinding } from '../../engine/finding.js';
import { defineRuntimeRule } from '../../engine/rule.js';
import type { CampaignCheckContext } from '../check-context.js';
import { hasUrl, LINKS_CATEGORY, pairFinding } from './shared.js';

export const linksValueRewrittenRule = defineRuntimeRule<CampaignCheckContext>({
  id: 'links/value-rewritten',
  category: LINKS_CATEGORY,
  severity: 'info',
  // A record of what the team asked for, not a problem with the link: it costs no points.
  weight: 0,
  applies: (ctx) => hasUrl(ctx) && ctx.rewrites.length > 0,
  check(ctx) {
    const out: RuleFinding[] = [];
    for (const r of ctx.rewrites) {
      const p = ctx.campaignPairs.find((pair) => pair.field === r.field && !pair.inFragment);
      if (!p) continue;
      const by = r.kinds.map((k) => `normalize.${k}`).join(', ');
      out.push(
        pairFinding(
          p,
          `${p.key} "${r.from}" was rewritten to "${r.to}" by the policy (${by}); GA4 reports it apart from links that still carry "${r.from}".`,
          { evidence: { text: p.value, value: r.from } },
        ),
      );
    }
    return out;
  },
});
