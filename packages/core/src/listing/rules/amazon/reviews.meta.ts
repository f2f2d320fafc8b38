/** Docs for listing/amazon/reviews (summary, rationale, source, examples); only the documented pack imports this. */
import type { RuleMeta } from '../../../engine/rule.js';

export const amazonReviewsMeta: RuleMeta = {
  summary: 'The listing has at least 10 reviews (100 ideally) and a rating of at least 4.0 (4.3 ideally).',
  rationale: 'Shoppers filter and convert on stars and review volume; below 4 stars conversion drops sharply.',
  source:
    'ZonGuru, Listing Strength review tiers and rating bands (third-party): https://help.zonguru.com/en/articles/3028258-listing-strength-breakdown; centorprat Amazon Listing Audit, review health and the "4-star cliff" (third-party): https://apify.com/centorprat/amazon-listing-audit.',
  examples: {
    valid: [{ input: { rating: 4.6, reviewCount: 1250 } }],
    invalid: [
      { input: { rating: 3.8, reviewCount: 1250 }, note: 'below 4.0' },
      { input: { rating: 4.5, reviewCount: 4 }, note: 'fewer than 10 reviews' },
      { input: { rating: null, reviewCount: null }, note: 'no reviews' },
    ],
  },
};
