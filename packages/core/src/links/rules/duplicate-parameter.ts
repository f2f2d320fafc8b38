/** links/duplicate-parameter: each campaign parameter appears once. */
import type { RuleFinding } from '../../engine/finding.js';
import { defineRule } from '../../engine/rule.js';
import type { CampaignCheckContext } from '../check-context.js';
import { hasUrl, LINKS_CATEGORY } from './shared.js';

export const linksDuplicateParameterRule = defineRule<CampaignCheckContext>({
  id: 'links/duplicate-parameter',
  category: LINKS_CATEGORY,
  severity: 'error',
  meta: {
    summary: 'No campaign parameter appears twice.',
    rationale:
      'With two utm_source values only the first counts and the other is silently lost; it usually means a template appended a second set.',
    source: 'WHATWG URLSearchParams.get returns the first value; ga-dev-tools removes existing utm_* before appending.',
    examples: {
      valid: [{ input: 'https://shop.example.com/?utm_source=google&utm_medium=cpc&utm_campaign=spring' }],
      invalid: [{ input: 'https://shop.example.com/?utm_source=google&utm_medium=cpc&utm_campaign=a&utm_source=bing' }],
    },
  },
  applies: hasUrl,
  check(ctx) {
    const out: RuleFinding[] = [];
    const first = new Map<string, string>();
    for (const p of ctx.campaignPairs) {
      const earlier = first.get(p.key);
      if (earlier === undefined) {
        first.set(p.key, p.value);
        continue;
      }
      out.push({
        field: p.key,
        range: [p.start, p.end],
        message: `${p.key} appears again ("${p.value}"); GA4 keeps the first ("${earlier}"). Remove one.`,
        evidence: { text: p.value },
        fix: { kind: 'suggest', text: `Keep one ${p.key}.` },
      });
    }
    return out;
  },
});
