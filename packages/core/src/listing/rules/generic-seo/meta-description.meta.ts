/** Docs for listing/generic-seo/meta-description (summary, rationale, source, examples); only the documented pack imports this. */
import type { RuleMeta } from '../../../engine/rule.js';

export const genericSeoMetaDescriptionMeta: RuleMeta = {
  summary: 'The meta description exists and is 120–160 characters.',
  rationale: 'Google may use it as the snippet; it is cut at about 920 px on desktop, and short ones waste the space.',
  source:
    'squirrelscan core/meta-description, 120–160 characters (third-party): https://docs.squirrelscan.com/rules/core/meta-description; Google Search Central, control your snippets: https://developers.google.com/search/docs/appearance/snippet.',
  examples: {
    valid: [{ input: { seo: { metaDescription: /* @__PURE__ */ 'd'.repeat(140) } } }],
    invalid: [{ input: { seo: { metaDescription: null } } }, { input: { seo: { metaDescription: 'Buy our mug.' } } }],
  },
};
