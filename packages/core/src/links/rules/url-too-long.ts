/** links/url-too-long: the URL stays under the policy's maximum length. */
import { defineRuntimeRule } from '../../engine/rule.js';
import type { CampaignCheckContext } from '../check-context.js';
import { hasUrl, LINKS_CATEGORY } from './shared.js';

export const linksUrlTooLongRule = defineRuntimeRule<CampaignCheckContext>({
  id: 'links/url-too-long',
  category: LINKS_CATEGORY,
  severity: 'warning',
  applies: hasUrl,
  check(ctx) {
    const length = ctx.scanned?.url.length ?? 0;
    if (length <= ctx.policy.maxLength) return [];
    return [
      {
        field: 'url',
        message: `The URL is ${length} characters long; the policy allows ${ctx.policy.maxLength}.`,
        evidence: { value: length, limit: ctx.policy.maxLength, unit: 'characters' },
      },
    ];
  },
});
