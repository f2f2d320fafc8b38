/** amazon/reviews: review count tiers (10, 100) and rating bands (4.0, 4.3). */
import type { RuleFinding } from '../../../engine/finding.js';
import { defineRule } from '../../../engine/rule.js';
import { type ListingRuleContext, withTarget } from '../context.js';

export const amazonReviews = /* @__PURE__ */ defineRule<ListingRuleContext>({
  id: 'amazon/reviews',
  category: 'social-proof',
  severity: 'warning',
  meta: {
    summary: 'The listing has at least 10 reviews (100 ideally) and a rating of at least 4.0 (4.3 ideally).',
    rationale: 'Shoppers filter and convert on stars and review volume; below 4 stars conversion drops sharply.',
    source: '[3P] ZonGuru Listing Strength review tiers and rating bands; centorprat "4-star cliff".',
    examples: {
      valid: [{ input: { rating: 4.6, reviewCount: 1250 } }],
      invalid: [
        { input: { rating: 3.8, reviewCount: 1250 }, note: 'below 4.0' },
        { input: { rating: 4.5, reviewCount: 4 }, note: 'fewer than 10 reviews' },
        { input: { rating: null, reviewCount: null }, note: 'no reviews' },
      ],
    },
  },
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
