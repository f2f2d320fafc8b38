/** Docs for listing/amazon/title-characters (summary, rationale, source, examples); only the documented pack imports this. */
import type { RuleMeta } from '../../../engine/rule.js';

export const amazonTitleCharactersMeta: RuleMeta = {
  summary: 'The title has none of the banned characters ! $ ? _ { } ^ ¬ ¦ (a brand name is exempt).',
  rationale: 'Since January 2025 Amazon suppresses or auto-corrects titles that contain these characters.',
  source: '[O] Amazon Seller Central UK 201100890; [3P] forestleopard US announcement (2025-01-17).',
  examples: {
    valid: [
      { input: { title: 'Yahoo! Style Kettle, 1.7 L', brand: 'Yahoo!' }, note: 'inside the brand' },
      { input: { title: 'Steel Kettle 1.7 L, Cordless' } },
    ],
    invalid: [{ input: { title: 'Amazing Kettle!! Boils Fast $$' } }],
  },
};
