/** Docs for links/unknown-parameter (summary, rationale, source, examples); only the documented pack imports this. */
import type { RuleMeta } from '../../engine/rule.js';

export const linksUnknownParameterMeta: RuleMeta = {
  summary: 'Every utm_* key is one of the nine GA4 reads, spelled in lowercase.',
  rationale:
    'GA4 ignores keys it does not know: utm_campaign_id is a common mistake for utm_id, and keys are documented lowercase only.',
  source:
    'https://support.google.com/analytics/answer/10917952 (the parameters GA4 reads); https://github.com/google-marketing-solutions/campaign_utm_custom_parameter (PRs #4 and #5 replace utm_campaignid with utm_id).',
  examples: {
    valid: [{ input: 'https://shop.example.com/?utm_source=google&utm_medium=cpc&utm_id=42' }],
    invalid: [
      { input: 'https://shop.example.com/?utm_source=google&utm_medium=cpc&utm_campaign_id=42' },
      { input: 'https://shop.example.com/?UTM_SOURCE=google&utm_medium=cpc&utm_campaign=a' },
    ],
  },
};
