/** Docs for copy/formatting/em-dash-overload (summary, rationale, source, examples); only the documented pack imports this. */
import type { RuleMeta } from '../../../engine/index.js';

export const copyFormattingEmDashOverloadMeta: RuleMeta = {
  summary: 'More em dashes than one per 75 words (at least one is always allowed).',
  rationale: 'Em-dash overuse is one of the structural tells of AI drafts and makes copy choppy.',
  source: 'https://github.com/blader/humanizer and https://github.com/tbhb/vale-ai-tells (structural tells).',
  examples: {
    valid: [{ input: 'Light, warm — and packable.' }],
    invalid: [{ input: 'Light — warm — packable — and washable.' }],
  },
};
