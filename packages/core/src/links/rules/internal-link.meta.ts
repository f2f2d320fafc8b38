/** Docs for links/internal-link (summary, rationale, source, examples); only the documented pack imports this. */
import type { RuleMeta } from '../../engine/rule.js';

export const linksInternalLinkMeta: RuleMeta = {
  summary: "Links to the site's own hosts carry no utm_* parameters.",
  rationale:
    'A campaign parameter on an internal link starts a new session with a new source, so the original channel loses the sale.',
  source: 'https://support.google.com/analytics/answer/10917952 (campaign parameters are for links from other sites).',
  examples: {
    valid: [
      {
        input: { url: 'https://shop.example.com/sale', policy: { internalHosts: ['*.example.com'] } },
      },
      {
        input: {
          url: 'https://partner.example.org/?utm_source=shop&utm_medium=referral&utm_campaign=spring',
          policy: { internalHosts: ['*.example.com'] },
        },
      },
    ],
    invalid: [
      {
        input: {
          url: 'https://www.example.com/sale?utm_source=homepage&utm_medium=banner&utm_campaign=spring',
          policy: { internalHosts: ['*.example.com'] },
        },
      },
    ],
  },
};
