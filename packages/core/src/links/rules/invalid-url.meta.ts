/** Docs for links/invalid-url (summary, rationale, source, examples); only the documented pack imports this. */
import type { RuleMeta } from '../../engine/rule.js';

export const linksInvalidUrlMeta: RuleMeta = {
  summary: 'The link is an absolute web URL (scheme://host/…).',
  rationale: 'A relative or malformed link cannot be opened from an ad, an e-mail or a post, so no session is tracked.',
  source:
    'https://url.spec.whatwg.org/ (absolute URL); https://github.com/googleanalytics/ga-dev-tools (the Campaign URL Builder warns on invalid URLs).',
  examples: {
    valid: [{ input: 'https://shop.example.com/p?utm_source=google&utm_medium=cpc&utm_campaign=spring' }],
    invalid: [{ input: '/p?utm_source=google', note: 'relative' }, { input: 'shop example com' }],
  },
};
