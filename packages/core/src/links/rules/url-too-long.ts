/** links/url-too-long: the URL stays under the policy's maximum length. */
import { defineRule } from '../../engine/rule.js';
import type { CampaignCheckContext } from '../check-context.js';
import { hasUrl, LINKS_CATEGORY } from './shared.js';

export const linksUrlTooLongRule = defineRule<CampaignCheckContext>({
  id: 'links/url-too-long',
  category: LINKS_CATEGORY,
  severity: 'warning',
  meta: {
    summary: "The URL is no longer than the policy's maximum (2048 characters by default).",
    rationale:
      'Ad platforms cap final URLs (Google Ads 2048) and some clients truncate long links, dropping the last parameters.',
    source: 'Google Ads final URL limit (2048 characters); utm-kpi.md §3.2 (linkutm max length).',
    examples: {
      valid: [{ input: 'https://shop.example.com/?utm_source=google&utm_medium=cpc&utm_campaign=a' }],
      invalid: [
        {
          input: {
            url: 'https://shop.example.com/?utm_source=google&utm_medium=cpc&utm_campaign=a',
            policy: { maxLength: 40 },
          },
        },
      ],
    },
  },
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
