// Table test for listing/walmart/reviews: no reviews is info, a rating under 4 stars is a warning.
import { ruleTable } from '../../../test-support/rule-table.js';
import { listingExampleContext } from '../context.js';
import { walmartReviews } from './reviews.js';

ruleTable(walmartReviews, {
  context: listingExampleContext,
  pin: ['severity', 'field', 'range', 'target', 'fix', 'evidence'],
  pass: [
    ['good', { rating: 4.5, reviewCount: 10 }],
    ['exactly 4 stars', { rating: 4, reviewCount: 1 }],
  ],
  fail: [
    [
      'low rating, no reviews',
      { rating: 3.5, reviewCount: 0 },
      [
        { severity: 'info', field: 'reviewCount', evidence: { value: 0, limit: 1, unit: 'reviews' } },
        { severity: 'warning', field: 'rating', evidence: { value: 3.5, limit: 4, unit: 'stars' } },
      ],
    ],
    [
      'no reviews, no rating',
      { rating: null, reviewCount: null },
      [{ severity: 'info', field: 'reviewCount', evidence: { value: 0, limit: 1, unit: 'reviews' } }],
    ],
  ],
});
