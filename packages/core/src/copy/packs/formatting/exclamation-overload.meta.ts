/** Docs for copy/formatting/exclamation-overload (summary, rationale, source, examples); only the documented pack imports this. */
import type { RuleMeta } from '../../../engine/index.js';

export const copyFormattingExclamationOverloadMeta: RuleMeta = {
  summary: 'More exclamation marks than one per 50 words (at least one is always allowed).',
  rationale:
    'Exclamation marks lose force when repeated and read as hype; Google Manufacturer Center bans them in titles.',
  source:
    'https://support.google.com/manufacturers/answer/6124110 (no exclamation points in titles); https://support.google.com/adspolicy/answer/6021546 (Google Ads editorial: punctuation).',
  examples: {
    valid: [{ input: 'New colors are here!' }],
    invalid: [{ input: 'New colors! Free gift! Order today!' }],
  },
};
