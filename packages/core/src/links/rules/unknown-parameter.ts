/** links/unknown-parameter: `utm_*` keys are ones GA4 reads (no `utm_campaign_id`, no uppercase keys). */
import type { RuleFinding } from '../../engine/finding.js';
import { defineRuntimeRule } from '../../engine/rule.js';
import type { CampaignCheckContext } from '../check-context.js';
import { campaignFieldForKey } from '../params.js';
import { hasUrl, LINKS_CATEGORY } from './shared.js';

const CAMPAIGN_ID_TYPOS = new Set(['utm_campaign_id', 'utm_campaignid', 'utm_campaignID', 'utm_cid']);

export const linksUnknownParameterRule = defineRuntimeRule<CampaignCheckContext>({
  id: 'links/unknown-parameter',
  category: LINKS_CATEGORY,
  severity: 'warning',
  applies: hasUrl,
  check(ctx) {
    const out: RuleFinding[] = [];
    for (const p of ctx.scanned?.pairs ?? []) {
      if (p.field || !p.key.toLowerCase().startsWith('utm_')) continue;
      const lower = p.key.toLowerCase();
      const suggestion =
        CAMPAIGN_ID_TYPOS.has(p.key) || CAMPAIGN_ID_TYPOS.has(lower)
          ? 'utm_id'
          : campaignFieldForKey(lower)
            ? lower
            : undefined;
      out.push({
        field: p.key,
        range: [p.start, p.start + p.key.length],
        message: suggestion
          ? `GA4 does not read ${p.key}; use ${suggestion}.`
          : `GA4 does not read ${p.key}; it is not one of its campaign parameters.`,
        evidence: { text: p.key },
        ...(suggestion && p.rawValue !== null && !p.key.includes('%')
          ? {
              fix: {
                kind: 'replace' as const,
                range: [p.start, p.start + p.key.length] as [number, number],
                text: suggestion,
              },
            }
          : {}),
      });
    }
    return out;
  },
});
