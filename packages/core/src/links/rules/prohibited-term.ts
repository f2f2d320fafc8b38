/** links/prohibited-term: no value contains a term the policy forbids. */
import type { RuleFinding } from '../../engine/finding.js';
import { defineRule } from '../../engine/rule.js';
import type { CampaignCheckContext } from '../check-context.js';
import { hasUrl, LINKS_CATEGORY, pairFinding } from './shared.js';

export const linksProhibitedTermRule = defineRule<CampaignCheckContext>({
  id: 'links/prohibited-term',
  category: LINKS_CATEGORY,
  severity: 'error',
  meta: {
    summary: 'No campaign value contains a prohibited term (case-insensitive).',
    rationale:
      'Teams ban placeholders ("test", "copy of") and internal code names that must not reach reports or users.',
    source: 'utm-kpi.md §3.2 (linkutm prohibited substrings; UTM.io prohibited characters).',
    examples: {
      valid: [
        {
          input: {
            url: 'https://shop.example.com/?utm_source=google&utm_medium=cpc&utm_campaign=spring',
            policy: { prohibited: ['test'] },
          },
        },
      ],
      invalid: [
        {
          input: {
            url: 'https://shop.example.com/?utm_source=google&utm_medium=cpc&utm_campaign=Test_Spring',
            policy: { prohibited: ['test'] },
          },
        },
      ],
    },
  },
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
