/** Docs for links/value-not-allowed (summary, rationale, source, examples); only the documented pack imports this. */
import type { RuleMeta } from '../../engine/rule.js';

export const linksValueNotAllowedMeta: RuleMeta = {
  summary: "Values are in the policy's allowed lists; a known alias is flagged with its canonical value.",
  rationale:
    'A closed list keeps one spelling per source and medium, so reports and channel rules stay predictable. An alias is a warning, not a rewrite: the builder folds it only when `policy.normalize.aliases` is on.',
  source:
    'https://help.utm.io/article/99-rules-utm (restricted fields); https://docs.terminusapp.com/article/42-using-a-convention-in-utm-url-builder; https://utmstandard.com/docs/naming-rules (allowed values).',
  examples: {
    valid: [
      {
        input: {
          url: 'https://shop.example.com/?utm_source=google&utm_medium=cpc&utm_campaign=spring',
          policy: { allowed: { medium: ['cpc', 'email'] } },
        },
      },
    ],
    invalid: [
      {
        input: {
          url: 'https://shop.example.com/?utm_source=google&utm_medium=ppc_ads&utm_campaign=spring',
          policy: { allowed: { medium: ['cpc', 'email'] } },
        },
      },
      { input: 'https://shop.example.com/?utm_source=fb&utm_medium=paid_social&utm_campaign=spring', note: 'alias' },
    ],
  },
};
