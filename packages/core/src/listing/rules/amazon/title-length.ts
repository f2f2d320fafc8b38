/** listing/amazon/title-length: a title exists, is at most 200 characters, and ideally under 80 for mobile. */
import { defineRuntimeRule } from '../../../engine/rule.js';
import { type ListingRuleContext, withTarget } from '../context.js';

export const amazonTitleLength = /* @__PURE__ */ defineRuntimeRule<ListingRuleContext>({
  id: 'listing/amazon/title-length',
  aliases: ['amazon/title-length'],
  category: 'title',
  severity: 'error',
  check: ({ listing, thresholds }) => {
    const t = thresholds.amazon;
    if (!listing.title) {
      return [{ field: 'title', message: 'No product title was found; every listing needs one.' }];
    }
    const length = listing.title.length;
    if (length > t.titleMaxChars) {
      return [
        withTarget(listing, 'title', {
          message: `The title is ${length} characters; Amazon allows at most ${t.titleMaxChars}, so it may be suppressed.`,
          range: [t.titleMaxChars, length] as [number, number],
          evidence: { value: length, limit: t.titleMaxChars, unit: 'chars' },
        }),
      ];
    }
    if (length > t.titleRecommendedChars) {
      return [
        withTarget(listing, 'title', {
          severity: 'info' as const,
          message: `The title is ${length} characters; mobile search shows about ${t.titleRecommendedChars}, so lead with what matters.`,
          range: [t.titleRecommendedChars, length] as [number, number],
          evidence: { value: length, limit: t.titleRecommendedChars, unit: 'chars' },
        }),
      ];
    }
    return [];
  },
});
