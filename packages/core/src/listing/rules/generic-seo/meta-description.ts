/** listing/generic-seo/meta-description: the meta description exists and is 120–160 characters. */
import { defineRuntimeRule } from '../../../engine/rule.js';
import { type ListingRuleContext, withTarget } from '../context.js';

export const genericSeoMetaDescription = /* @__PURE__ */ defineRuntimeRule<ListingRuleContext>({
  id: 'listing/generic-seo/meta-description',
  aliases: ['generic-seo/meta-description'],
  category: 'structured-data',
  severity: 'warning',
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
