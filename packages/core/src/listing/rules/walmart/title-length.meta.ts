/** Docs for listing/walmart/title-length (summary, rationale, source, examples); only the documented pack imports this. */
import type { RuleMeta } from '../../../engine/rule.js';

export const walmartTitleLengthMeta: RuleMeta = {
  summary: 'The title exists, is at most 150 characters, and ideally 50–75.',
  rationale: 'Walmart asks for brief titles of at most 150 characters; 50–75 reads fully in search and on mobile.',
  source: '[O] Walmart Product details policy (2025-07-15); [3P] rivrhub SOP and imagine.io (50–75).',
  examples: {
    valid: [{ input: { title: 'Great Value Whole Vitamin D Milk, 1 Gallon, 128 fl oz Jug' } }],
    invalid: [
      { input: { title: 'W'.repeat(151) }, note: 'over 150' },
      { input: { title: 'Whole Milk' }, note: 'under 50' },
      { input: { title: null } },
    ],
  },
};
