// Table test for listing/amazon/reviews: review count tiers (10, 100) and rating bands (4.0, 4.3).
import { ruleTable } from '../../../test-support/rule-table.js';
import { listingExampleContext } from '../context.js';
import { amazonReviews } from './reviews.js';

ruleTable(amazonReviews, {
  context: listingExampleContext,
  pin: ['severity', 'field', 'range', 'target', 'fix', 'evidence'],
  pass: [
    ['at the top band and tier', { rating: 4.3, reviewCount: 100 }],
    ['strong', { rating: 4.8, reviewCount: 12000 }],
  ],
  fail: [
    [
      'below 4 stars, under 100 reviews',
      { rating: 3.9, reviewCount: 50 },
      [
        { severity: 'info', field: 'reviewCount', evidence: { value: 50, limit: 100, unit: 'reviews' } },
        { severity: 'warning', field: 'rating', evidence: { value: 3.9, limit: 4, unit: 'stars' } },
      ],
    ],
    [
      'no reviews at all',
      { rating: null, reviewCount: null },
      [{ severity: 'warning', field: 'reviewCount', evidence: { value: 0, limit: 10, unit: 'reviews' } }],
    ],
    [
      'rating under 4.3 is info',
      { rating: 4.1, reviewCount: 500 },
      [{ severity: 'info', field: 'rating', evidence: { value: 4.1, limit: 4.3, unit: 'stars' } }],
    ],
  ],
});
