/** Docs for links/prohibited-term (summary, rationale, source, examples); only the documented pack imports this. */
import type { RuleMeta } from '../../engine/rule.js';

export const linksProhibitedTermMeta: RuleMeta = {
  summary: 'No campaign value contains a prohibited term (case-insensitive).',
  rationale: 'Teams ban placeholders ("test", "copy of") and internal code names that must not reach reports or users.',
  source:
    'https://docs.linkutm.com/utm-rules/overview (prohibited substrings); https://help.utm.io/article/99-rules-utm (prohibited characters).',
  examples: {
    valid: [
      {
        input: {
          url: 'https://shop.example.com/?utm_source=google&utm_medium=cpc&utm_campaign=spring',
          policy: { prohibited: ['test'] },
        },
      },
    ],
    invalid: [
      {
        input: {
          url: 'https://shop.example.com/?utm_source=google&utm_medium=cpc&utm_campaign=Test_Spring',
          policy: { prohibited: ['test'] },
        },
      },
    ],
  },
};
