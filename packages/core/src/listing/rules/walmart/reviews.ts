/** listing/walmart/reviews: a rating of at least 4 stars, and at least one review. */
import type { RuleFinding } from '../../../engine/finding.js';
import { defineRuntimeRule } from '../../../engine/rule.js';
import { type ListingRuleContext, withTarget } from '../context.js';

export const walmartReviews = /* @__PURE__ */ defineRuntimeRule<ListingRuleContext>({
  id: 'listing/walmart/reviews',
  aliases: ['walmart/reviews'],
  category: 'social-proof',
  severity: 'info',
  check: ({ listing, thresholds }) => {
    const min = thresholds.walmart.ratingInfoBelow;
    const out: RuleFinding[] = [];
    if (!listing.reviewCount) {
      out.push(
        withTarget(listing, 'reviewCount', {
          message: 'The item has no reviews yet; reviews are part of the Listing Quality score.',
          evidence: { value: 0, limit: 1, unit: 'reviews' },
        }),
      );
    }
    if (listing.rating !== null && listing.rating < min) {
      out.push(
        withTarget(listing, 'rating', {
          severity: 'warning',
          message: `The rating is ${listing.rating}; items below ${min} stars risk being dropped.`,
          evidence: { value: listing.rating, limit: min, unit: 'stars' },
        }),
      );
    }
    return out;
  },
});
