/** Docs for links/value-separator (summary, rationale, source, examples); only the documented pack imports this. */
import type { RuleMeta } from '../../engine/rule.js';

export const linksValueSeparatorMeta: RuleMeta = {
  summary: 'Campaign, content, term and id values use the policy separator (`_` by default) and never mix `-` and `_`.',
  rationale:
    '"spring-sale" and "spring_sale" are two campaigns in GA4, and a value that mixes both ("spring-sale_2025") cannot match either convention. A team whose convention is `-` sets `separator: "-"` instead of rewriting its history. Source and medium are exempt: they must match GA4 spellings such as "social-network".',
  source:
    'https://utmstandard.com/docs/naming-rules (global separator); https://docs.linkutm.com/utm-rules/overview (space replacement).',
  examples: {
    valid: [{ input: 'https://shop.example.com/?utm_source=google&utm_medium=cpc&utm_campaign=spring_sale' }],
    invalid: [
      { input: 'https://shop.example.com/?utm_source=google&utm_medium=cpc&utm_campaign=spring-sale' },
      {
        input: 'https://shop.example.com/?utm_source=google&utm_medium=cpc&utm_campaign=spring-sale_2025',
        note: 'mixes both separators',
      },
      {
        input: {
          url: 'https://shop.example.com/?utm_source=google&utm_medium=cpc&utm_campaign=spring_sale',
          policy: { separator: '-' },
        },
      },
    ],
  },
};
