// Table test for listing/google-merchant/aggregate-rating: an aggregateRating needs ratingValue and a count.
import { ruleTable } from '../../../test-support/rule-table.js';
import { listingExampleContext } from '../context.js';
import { googleMerchantAggregateRating } from './aggregate-rating.js';

const ld = (node: Record<string, unknown>) => ({ structuredData: { jsonLd: [{ '@type': 'Product', ...node }] } });

ruleTable(googleMerchantAggregateRating, {
  context: listingExampleContext,
  pin: ['severity', 'field', 'range', 'target', 'fix', 'evidence'],
  pass: [
    ['complete', ld({ aggregateRating: { ratingValue: 4.5, reviewCount: 10 } })],
    ['ratingCount also counts', ld({ aggregateRating: { ratingValue: 4.5, ratingCount: 3 } })],
    ['no rating is not judged here', ld({ name: 'Mug' })],
  ],
  fail: [
    [
      'no counts',
      ld({ aggregateRating: { ratingValue: 4 } }),
      [{ severity: 'warning', field: 'structuredData.aggregateRating.reviewCount' }],
    ],
    [
      'no value, no counts',
      ld({ aggregateRating: {} }),
      [
        { severity: 'warning', field: 'structuredData.aggregateRating.ratingValue' },
        { severity: 'warning', field: 'structuredData.aggregateRating.reviewCount' },
      ],
    ],
  ],
});
