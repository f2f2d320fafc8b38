/** links/duplicate-parameter: each campaign parameter appears once. */
import type { RuleFinding } from '../../engine/finding.js';
import { defineRuntimeRule } from '../../engine/rule.js';
import type { CampaignCheckContext } from '../check-context.js';
import { hasUrl, LINKS_CATEGORY } from './shared.js';

export const linksDuplicateParameterRule = defineRuntimeRule<CampaignCheckContext>({
  id: 'links/duplicate-parameter',
  category: LINKS_CATEGORY,
  severity: 'error',
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
