/** Docs for links/missing-parameter (summary, rationale, source, examples); only the documented pack imports this. */
import type { RuleMeta } from '../../engine/rule.js';

export const linksMissingParameterMeta: RuleMeta = {
  summary: 'Required campaign parameters are present and not empty.',
  rationale:
    'Without utm_source and utm_medium GA4 cannot assign a channel, and without a campaign name or id the revenue cannot be tied to the campaign.',
  source:
    'https://support.google.com/analytics/answer/10917952; https://ga-dev-tools.google/ga4/campaign-url-builder/ ("One of campaign name or campaign id are required").',
  examples: {
    valid: [
      { input: 'https://shop.example.com/?utm_source=google&utm_medium=cpc&utm_campaign=spring' },
      { input: 'https://shop.example.com/?utm_source=google&utm_medium=cpc&utm_id=123', note: 'id instead of name' },
    ],
    invalid: [
      { input: 'https://shop.example.com/?utm_source=google&utm_campaign=spring', note: 'no medium' },
      { input: 'https://shop.example.com/?utm_source=google&utm_medium=cpc', note: 'no campaign or id' },
      {
        input: {
          url: 'https://shop.example.com/?utm_source=facebook&utm_medium=paid-social&utm_campaign=spring',
          policy: { templates: { 'paid-social': { required: ['content'] } } },
        },
        note: 'the paid-social template requires content',
      },
    ],
  },
};
