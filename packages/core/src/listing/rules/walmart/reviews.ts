/** walmart/reviews: a rating of at least 4 stars, and at least one review. */
import type { RuleFinding } from '../../../engine/finding.js';
import { defineRule } from '../../../engine/rule.js';
import { type ListingRuleContext, withTarget } from '../context.js';

export const walmartReviews = /* @__PURE__ */ defineRule<ListingRuleContext>({
  id: 'walmart/reviews',
  category: 'social-proof',
  severity: 'info',
  meta: {
    summary: 'The item is rated at least 4 stars and has at least one review.',
    rationale:
      'Ratings and reviews are one of the five Listing Quality categories; sub-4-star items risk being dropped.',
    source: '[O] Walmart Listing Quality dashboard (Ratings & reviews); [3P] Home World Business 2019 (4 stars).',
    examples: {
      valid: [{ input: { rating: 4.6, reviewCount: 349 } }],
      invalid: [{ input: { rating: 3.2, reviewCount: 12 } }, { input: { rating: null, reviewCount: 0 } }],
    },
  },
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
