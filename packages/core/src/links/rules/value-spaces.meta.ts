/** Docs for links/value-spaces (summary, rationale, source, examples); only the documented pack imports this. */
import type { RuleMeta } from '../../engine/rule.js';

export const linksValueSpacesMeta: RuleMeta = {
  summary: 'Campaign values have no spaces (`%20`, `+` or raw).',
  rationale:
    'Spaces are encoded differently by each tool (`+` or `%20`) and get double-encoded by shorteners and ESPs (`%2520`), which splits reports.',
  source:
    'https://docs.linkutm.com/utm-rules/overview (spaces replaced by a separator); https://utmguard.com/blog/url-encoding-automation-errors (double encoding).',
  examples: {
    valid: [{ input: 'https://shop.example.com/?utm_source=google&utm_medium=cpc&utm_campaign=spring_sale' }],
    invalid: [
      { input: 'https://shop.example.com/?utm_source=google&utm_medium=cpc&utm_campaign=spring%20sale' },
      { input: 'https://shop.example.com/?utm_source=google&utm_medium=cpc&utm_campaign=spring+sale' },
    ],
  },
};
