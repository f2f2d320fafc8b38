/** Docs for links/pii (summary, rationale, source, examples); only the documented pack imports this. */
import type { RuleMeta } from '../../engine/rule.js';

export const linksPiiMeta: RuleMeta = {
  summary: 'No e-mail address or phone number appears in a query value.',
  rationale:
    'Google Analytics terms forbid sending personally identifiable information; URLs land in reports, logs and referrers.',
  source: 'https://support.google.com/analytics/answer/6366371 (best practices to avoid sending PII).',
  examples: {
    valid: [{ input: 'https://shop.example.com/?utm_source=newsletter&utm_medium=email&utm_id=1234567890123' }],
    invalid: [
      { input: 'https://shop.example.com/?utm_source=newsletter&utm_medium=email&utm_content=jane.doe@example.com' },
      { input: 'https://shop.example.com/?utm_source=sms&utm_medium=sms&ref=%2B49%20151%2012345678' },
    ],
  },
};
