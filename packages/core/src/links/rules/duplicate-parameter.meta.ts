/** Docs for links/duplicate-parameter (summary, rationale, source, examples); only the documented pack imports this. */
import type { RuleMeta } from '../../engine/rule.js';

export const linksDuplicateParameterMeta: RuleMeta = {
  summary: 'No campaign parameter appears twice.',
  rationale:
    'With two utm_source values only the first counts and the other is silently lost; it usually means a template appended a second set.',
  source:
    'https://url.spec.whatwg.org/#dom-urlsearchparams-get (the first value wins); https://github.com/googleanalytics/ga-dev-tools (the builder removes existing utm_* before appending).',
  examples: {
    valid: [{ input: 'https://shop.example.com/?utm_source=google&utm_medium=cpc&utm_campaign=spring' }],
    invalid: [{ input: 'https://shop.example.com/?utm_source=google&utm_medium=cpc&utm_campaign=a&utm_source=bing' }],
  },
};
