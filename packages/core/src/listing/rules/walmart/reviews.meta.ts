/** Docs for listing/walmart/reviews (summary, rationale, source, examples); only the documented pack imports this. */
import type { RuleMeta } from '../../../engine/rule.js';

export const walmartReviewsMeta: RuleMeta = {
  summary: 'The item is rated at least 4 stars and has at least one review.',
  rationale: 'Ratings and reviews are one of the five Listing Quality categories; sub-4-star items risk being dropped.',
  source:
    'Walmart Marketplace Learn, Listing quality and rewards dashboard (Ratings & reviews): https://marketplacelearn.walmart.com/guides/Listing%20optimization/Items%20and%20inventory/Listing-quality-and-rewards-dashboard; Home World Business, 2019, on Walmart and items under 4 stars (third-party): https://www.homeworldbusiness.com/its-not-always-written-in-the-stars/.',
  examples: {
    valid: [{ input: { rating: 4.6, reviewCount: 349 } }],
    invalid: [{ input: { rating: 3.2, reviewCount: 12 } }, { input: { rating: null, reviewCount: 0 } }],
  },
};
