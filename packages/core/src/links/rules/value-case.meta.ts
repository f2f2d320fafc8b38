/** Docs for links/value-case (summary, rationale, source, examples); only the documented pack imports this. */
import type { RuleMeta } from '../../engine/rule.js';

export const linksValueCaseMeta: RuleMeta = {
  summary: 'Campaign values are lowercase (macro tokens keep their case); checked, not rewritten, by default.',
  rationale:
    'GA4 stores values as received, so "Facebook" and "facebook" become two rows; macros are case-sensitive and must not be lowered. Lowercasing is itself a rewrite that splits a team\'s history, so the builder lowers values only when `policy.normalize.case` is on.',
  source:
    'https://support.google.com/searchads/answer/6048128 (macro names are case sensitive); https://utmguard.com/blog/case-sensitive-ga4-reporting (GA4 reports values as received).',
  examples: {
    valid: [
      { input: 'https://shop.example.com/?utm_source=facebook&utm_medium=paid_social&utm_campaign=spring' },
      {
        input: 'https://shop.example.com/?utm_source=tiktok&utm_medium=paid_social&utm_campaign=__CAMPAIGN_NAME__',
        note: 'a macro keeps its case',
      },
      { input: { url: 'https://shop.example.com/?utm_source=Facebook', policy: { case: 'any' } } },
    ],
    invalid: [{ input: 'https://shop.example.com/?utm_source=Facebook&utm_medium=cpc&utm_campaign=spring' }],
  },
};
