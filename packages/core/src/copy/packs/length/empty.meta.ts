/** Docs for copy/length/empty (summary, rationale, source, examples); only the documented pack imports this. */
import type { RuleMeta } from '../../../engine/index.js';

export const copyLengthEmptyMeta: RuleMeta = {
  summary: 'The field is empty or only whitespace.',
  rationale: 'An empty field ships as a blank or falls back to something the team did not write.',
  source:
    'https://sellercentral.amazon.com/gp/help/external/200390640 (required listing fields); https://support.google.com/google-ads/answer/7684791 (responsive search ad headlines and descriptions are required).',
  examples: {
    valid: [{ input: { text: 'Summer sale starts Friday', placement: 'email.subject' } }],
    invalid: [{ input: { text: '   ', placement: 'email.subject' } }],
  },
};
