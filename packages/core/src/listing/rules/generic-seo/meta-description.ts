/** generic-seo/meta-description: the meta description exists and is 120–160 characters. */
import { defineRule } from '../../../engine/rule.js';
import { type ListingRuleContext, withTarget } from '../context.js';

export const genericSeoMetaDescription = /* @__PURE__ */ defineRule<ListingRuleContext>({
  id: 'generic-seo/meta-description',
  category: 'structured-data',
  severity: 'warning',
  meta: {
    summary: 'The meta description exists and is 120–160 characters.',
    rationale:
      'Google may use it as the snippet; it is cut at about 920 px on desktop, and short ones waste the space.',
    source: '[3P] squirrelscan core/meta-description; [O] Google Search Central snippet guidance.',
    examples: {
      valid: [{ input: { seo: { metaDescription: 'd'.repeat(140) } } }],
      invalid: [{ input: { seo: { metaDescription: null } } }, { input: { seo: { metaDescription: 'Buy our mug.' } } }],
    },
  },
  check: ({ listing, thresholds }) => {
    const { metaDescriptionMinChars: min, metaDescriptionMaxChars: max } = thresholds.seo;
    const text = listing.seo.metaDescription;
    if (!text) return [{ field: 'seo.metaDescription', message: 'The page has no meta description; add one.' }];
    const n = text.length;
    if (n >= min && n <= max) return [];
    return [
      withTarget(listing, 'seo.metaDescription', {
        message: `The meta description is ${n} characters; aim for ${min}–${max}.`,
        evidence: { value: n, limit: n < min ? min : max, unit: 'chars' },
      }),
    ];
  },
});
