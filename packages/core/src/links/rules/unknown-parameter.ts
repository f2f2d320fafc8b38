/** links/unknown-parameter: `utm_*` keys are ones GA4 reads (no `utm_campaign_id`, no uppercase keys). */
import type { RuleFinding } from '../../engine/finding.js';
import { defineRule } from '../../engine/rule.js';
import type { CampaignCheckContext } from '../check-context.js';
import { campaignFieldForKey } from '../params.js';
import { hasUrl, LINKS_CATEGORY } from './shared.js';

const CAMPAIGN_ID_TYPOS = new Set(['utm_campaign_id', 'utm_campaignid', 'utm_campaignID', 'utm_cid']);

export const linksUnknownParameterRule = defineRule<CampaignCheckContext>({
  id: 'links/unknown-parameter',
  category: LINKS_CATEGORY,
  severity: 'warning',
  meta: {
    summary: 'Every utm_* key is one of the nine GA4 reads, spelled in lowercase.',
    rationale:
      'GA4 ignores keys it does not know: utm_campaign_id is a common mistake for utm_id, and keys are documented lowercase only.',
    source:
      'support.google.com/analytics/answer/10917952; google-marketing-solutions/campaign_utm_custom_parameter PRs #4/#5.',
    examples: {
      valid: [{ input: 'https://shop.example.com/?utm_source=google&utm_medium=cpc&utm_id=42' }],
      invalid: [
        { input: 'https://shop.example.com/?utm_source=google&utm_medium=cpc&utm_campaign_id=42' },
        { input: 'https://shop.example.com/?UTM_SOURCE=google&utm_medium=cpc&utm_campaign=a' },
      ],
    },
  },
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
