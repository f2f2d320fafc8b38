/** links/unassigned-channel: the predicted GA4 default channel is not Unassigned. */
import { defineRuntimeRule } from '../../engine/rule.js';
import type { CampaignCheckContext } from '../check-context.js';
import { hasUrl, LINKS_CATEGORY } from './shared.js';

export const linksUnassignedChannelRule = defineRuntimeRule<CampaignCheckContext>({
  id: 'links/unassigned-channel',
  category: LINKS_CATEGORY,
  severity: 'warning',
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
