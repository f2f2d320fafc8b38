/** links/fragment-before-query: campaign parameters sit in the query, before any `#fragment`. */
import type { RuleFinding } from '../../engine/finding.js';
import { defineRule } from '../../engine/rule.js';
import type { CampaignCheckContext } from '../check-context.js';
import { hasUrl, LINKS_CATEGORY } from './shared.js';

export const linksFragmentBeforeQueryRule = defineRule<CampaignCheckContext>({
  id: 'links/fragment-before-query',
  category: LINKS_CATEGORY,
  severity: 'error',
  meta: {
    summary: 'No campaign parameter is written after the `#` (e.g. `/page#top?utm_source=…`).',
    rationale: 'Everything after `#` is the fragment: GA4 does not read campaign parameters there by default.',
    source: 'utm-kpi.md §4.1; ga-dev-tools#622 (fragment confusion); Microsoft: msclkid goes before any #fragment.',
    examples: {
      valid: [{ input: 'https://shop.example.com/page?utm_source=google&utm_medium=cpc&utm_campaign=a#top' }],
      invalid: [{ input: 'https://shop.example.com/page#top?utm_source=google&utm_medium=cpc&utm_campaign=a' }],
    },
  },
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
