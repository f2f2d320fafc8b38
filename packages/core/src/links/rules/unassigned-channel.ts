/** links/unassigned-channel: the predicted GA4 default channel is not Unassigned. */
import { defineRule } from '../../engine/rule.js';
import type { CampaignCheckContext } from '../check-context.js';
import { hasUrl, LINKS_CATEGORY } from './shared.js';

export const linksUnassignedChannelRule = defineRule<CampaignCheckContext>({
  id: 'links/unassigned-channel',
  category: LINKS_CATEGORY,
  severity: 'warning',
  meta: {
    summary: 'GA4 would put the traffic in a named default channel, not Unassigned.',
    rationale: 'Unassigned traffic drops out of channel reports, so its revenue disappears from the creative report.',
    source: 'support.google.com/analytics/answer/9756891 (default channel group rules); utm-kpi.md §2.',
    examples: {
      valid: [{ input: 'https://shop.example.com/?utm_source=newsletter&utm_medium=email&utm_campaign=spring' }],
      invalid: [{ input: 'https://shop.example.com/?utm_source=partner&utm_medium=qr_code&utm_campaign=spring' }],
    },
  },
  applies: (ctx) => hasUrl(ctx) && (ctx.params.source !== undefined || ctx.params.medium !== undefined),
  check(ctx) {
    if (ctx.channel.channel !== 'Unassigned') return [];
    return [
      {
        field: 'utm_medium',
        message: `GA4 would file utm_source "${ctx.params.source ?? ''}" / utm_medium "${ctx.params.medium ?? ''}" as Unassigned; use a medium GA4 knows (cpc, email, social, referral, affiliate, display, …).`,
        evidence: { text: 'Unassigned' },
      },
    ];
  },
});
