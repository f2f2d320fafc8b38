/** Docs for links/url-too-long (summary, rationale, source, examples); only the documented pack imports this. */
import type { RuleMeta } from '../../engine/rule.js';

export const linksUrlTooLongMeta: RuleMeta = {
  summary: "The URL is no longer than the policy's maximum (2048 characters by default).",
  rationale:
    'Ad platforms cap final URLs (Google Ads 2048) and some clients truncate long links, dropping the last parameters.',
  source:
    'https://developers.google.com/google-ads/api/reference/rpc/latest/Ad (final_urls; Google Ads caps a final URL at 2048 characters); https://docs.linkutm.com/utm-rules/overview (maximum length).',
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
};
