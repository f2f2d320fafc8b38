/** links/invalid-url: the input must be an absolute web URL. */
import { defineRule } from '../../engine/rule.js';
import type { CampaignCheckContext } from '../check-context.js';
import { LINKS_CATEGORY } from './shared.js';

export const linksInvalidUrlRule = defineRule<CampaignCheckContext>({
  id: 'links/invalid-url',
  category: LINKS_CATEGORY,
  severity: 'error',
  meta: {
    summary: 'The link is an absolute web URL (scheme://host/…).',
    rationale:
      'A relative or malformed link cannot be opened from an ad, an e-mail or a post, so no session is tracked.',
    source: 'WHATWG URL Standard; Google Campaign URL Builder warns on invalid URLs (ga-dev-tools).',
    examples: {
      valid: [{ input: 'https://shop.example.com/p?utm_source=google&utm_medium=cpc&utm_campaign=spring' }],
      invalid: [{ input: '/p?utm_source=google', note: 'relative' }, { input: 'shop example com' }],
    },
  },
  check: (ctx) => (ctx.problem ? [{ message: ctx.problem, field: 'url', evidence: { text: ctx.input } }] : []),
});
