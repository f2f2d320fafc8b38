/** Docs for listing/amazon/description (summary, rationale, source, examples); only the documented pack imports this. */
import type { RuleMeta } from '../../../engine/rule.js';

export const amazonDescriptionMeta: RuleMeta = {
  summary: 'There is a product description or A+ content, and the description is at most 2000 characters.',
  rationale: 'Without either, the page has no long-form copy; the description field holds up to 2000 characters.',
  source:
    'amalyze, the PDP description and A+ (third-party): https://amalyze.com/resources/guides/listing/amazon-listing-pdp-description; Viral Launch, 2,000-character description (third-party): https://viral-launch.com/?p=1954.',
  examples: {
    valid: [{ input: { description: 'A sturdy kettle.' } }, { input: { hasAPlus: true } }],
    invalid: [
      { input: { description: null, hasAPlus: false } },
      { input: { description: /* @__PURE__ */ 'z'.repeat(2001) } },
    ],
  },
};
