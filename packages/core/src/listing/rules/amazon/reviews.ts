/** listing/amazon/reviews: review count tiers (10, 100) and rating bands (4.0, 4.3). */
import type { RuleFinding } from '../../../engine/finding.js';
import { defineRuntimeRule } from '../../../engine/rule.js';
import { type ListingRuleContext, withTarget } from '../context.js';

export const amazonReviews = /* @__PURE__ */ defineRuntimeRule<ListingRuleContext>({
  id: 'listing/amazon/reviews',
  aliases: ['amazon/reviews'],
  category: 'social-proof',
  severity: 'warning',
  check: ({ listing, thresholds }) => {
    const t = thresholds.amazon;
    const out: RuleFinding[] = [];
    const count = listing.reviewCount ?? 0;
    if (count < t.reviewCountInfoBelow) {
      const low = count < t.reviewCountWarnBelow;
      out.push(
        withTarget(listing, 'reviewCount', {
          severity: low ? ('warning' as const) : ('info' as const),
          message: `The listing has ${count} review${count === 1 ? '' : 's'}; ${low ? t.reviewCountWarnBelow : t.reviewCountInfoBelow} is the next tier.`,
          evidence: { value: count, limit: low ? t.reviewCountWarnBelow : t.reviewCountInfoBelow, unit: 'reviews' },
        }),
      );
    }
    if (listing.rating !== null && listing.rating < t.ratingInfoBelow) {
      const low = listing.rating < t.ratingWarnBelow;
      out.push(
        withTarget(listing, 'rating', {
          severity: low ? ('warning' as const) : ('info' as const),
          message: `The rating is ${listing.rating}; ${low ? `below ${t.ratingWarnBelow} stars shoppers skip the listing` : `${t.ratingInfoBelow}+ earns the top band`}.`,
          evidence: { value: listing.rating, limit: low ? t.ratingWarnBelow : t.ratingInfoBelow, unit: 'stars' },
        }),
      );
    }
    return out;
  },
});
