/** Docs for copy/formatting/edge-whitespace (summary, rationale, source, examples); only the documented pack imports this. */
import type { RuleMeta } from '../../../engine/index.js';

export const copyFormattingEdgeWhitespaceMeta: RuleMeta = {
  summary: 'Whitespace at the start or end of the text (with a fix that trims it).',
  rationale: 'Leading and trailing spaces count against character limits and can break exact-match checks.',
  source:
    'https://support.google.com/manufacturers/answer/6124110 (Manufacturer Center editorial rules: clean, consistent formatting).',
  examples: {
    valid: [{ input: 'Ready to ship.' }],
    invalid: [{ input: ' Ready to ship. ' }],
  },
};
