/** Docs for links/value-rewritten (summary, rationale, source, examples); only the documented pack imports this. */
import type { RuleMeta } from '../../engine/rule.js';

const S = 'https://shop.example.com/';
const loose = { source: 'FB', medium: 'paid-social', campaign: 'Spring Sale' };

export const linksValueRewrittenMeta: RuleMeta = {
  summary: 'Records each value the builder rewrote because `policy.normalize` asked it to (from → to); never scored.',
  rationale:
    'GA4 reports values as received, so a rewritten value ("hero-banner" → "hero_banner") starts a new row apart from the links already out there. The builder keeps values as given unless the team turns rewrites on, and then says what it changed so the change is never silent.',
  source:
    'https://support.google.com/analytics/answer/10917952 (campaign parameters); https://utmguard.com/blog/case-sensitive-ga4-reporting (GA4 reports values as received).',
  examples: {
    valid: [
      { input: { url: S, params: loose }, note: 'the default policy keeps values as given' },
      {
        input: {
          url: S,
          params: { source: 'facebook', medium: 'paid_social', campaign: 'spring_sale' },
          policy: { normalize: { aliases: true, case: true, spaces: true, separator: true } },
        },
        note: 'nothing to rewrite',
      },
    ],
    invalid: [
      {
        input: { url: S, params: loose, policy: { normalize: { aliases: true, case: true, spaces: true } } },
        note: 'an info finding per rewritten value',
      },
    ],
  },
};
