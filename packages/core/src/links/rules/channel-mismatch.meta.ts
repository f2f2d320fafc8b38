/** Docs for links/channel-mismatch (summary, rationale, source, examples); only the documented pack imports this. */
import type { RuleMeta } from '../../engine/rule.js';

export const linksChannelMismatchMeta: RuleMeta = {
  summary: 'The GA4 channel the link lands in matches what its medium says.',
  rationale:
    'Rule order decides: facebook / email is Organic Social, not Email, and "social_paid" is Organic Social because the paid pattern is anchored at the start.',
  source:
    'https://support.google.com/analytics/answer/9756891 (default channel group rules, in order; the mismatches follow from that order).',
  examples: {
    valid: [
      { input: 'https://shop.example.com/?utm_source=facebook&utm_medium=paid_social&utm_campaign=spring' },
      { input: 'https://shop.example.com/?utm_source=klaviyo&utm_medium=email&utm_campaign=spring' },
    ],
    invalid: [
      { input: 'https://shop.example.com/?utm_source=facebook&utm_medium=email&utm_campaign=spring' },
      { input: 'https://shop.example.com/?utm_source=fb&utm_medium=social_paid&utm_campaign=spring' },
    ],
  },
};
