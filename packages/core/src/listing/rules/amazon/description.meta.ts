/** Docs for listing/amazon/description (summary, rationale, source, examples); only the documented pack imports this. */
import type { RuleMeta } from '../../../engine/rule.js';

export const amazonDescriptionMeta: RuleMeta = {
  summary: 'There is a product description or A+ content, and the description is at most 2000 characters.',
  rationale: 'Without either, the page has no long-form copy; the description field holds up to 2000 characters.',
  source: '[3P] amalyze PDP description guide; viral-launch (2000 characters).',
  examples: {
    valid: [{ input: { description: 'A sturdy kettle.' } }, { input: { hasAPlus: true } }],
    invalid: [{ input: { description: null, hasAPlus: false } }, { input: { description: 'z'.repeat(2001) } }],
  },
};
