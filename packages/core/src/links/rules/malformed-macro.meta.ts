/** Docs for links/malformed-macro (summary, rationale, source, examples); only the documented pack imports this. */
import type { RuleMeta } from '../../engine/rule.js';

export const linksMalformedMacroMeta: RuleMeta = {
  summary: 'Platform macros are balanced, not percent-encoded, and known to the declared platform.',
  rationale:
    'A broken or encoded macro (`%7B%7Bcampaign.name%7D%7D`) is not substituted, so the literal token lands in reports instead of the campaign name.',
  source:
    'https://github.com/googleanalytics/ga-dev-tools/issues/459 (the builder encodes braces); https://developers.facebook.com/docs/instagram/ads-api/guides/url-tags-for-tracking; https://developers.google.com/google-ads/api/docs/reporting/valuetrack-mapping.',
  examples: {
    valid: [
      {
        input: 'https://shop.example.com/?utm_source=facebook&utm_medium=paid_social&utm_campaign={{campaign.name}}',
      },
      {
        input: {
          url: 'https://shop.example.com/?utm_source=google&utm_medium=cpc&utm_id={campaignid}',
          policy: { platform: 'google-ads' },
        },
      },
    ],
    invalid: [
      {
        input: 'https://shop.example.com/?utm_source=facebook&utm_medium=paid_social&utm_campaign={{campaign.name}',
        note: 'unbalanced',
      },
      {
        input:
          'https://shop.example.com/?utm_source=facebook&utm_medium=paid_social&utm_campaign=%7B%7Bcampaign.name%7D%7D',
        note: 'encoded by a builder',
      },
      {
        input: {
          url: 'https://shop.example.com/?utm_source=facebook&utm_medium=paid_social&utm_campaign={campaignid}',
          policy: { platform: 'meta' },
        },
        note: 'a ValueTrack macro on Meta',
      },
    ],
  },
};
