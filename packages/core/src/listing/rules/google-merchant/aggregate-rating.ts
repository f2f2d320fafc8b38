/** google-merchant/aggregate-rating: an aggregateRating has ratingValue and ratingCount or reviewCount. */
import { defineRule } from '../../../engine/rule.js';
import type { ListingRuleContext } from '../context.js';
import { listOf, present, primaryProduct } from './product-node.js';

export const googleMerchantAggregateRating = /* @__PURE__ */ defineRule<ListingRuleContext>({
  id: 'google-merchant/aggregate-rating',
  category: 'structured-data',
  severity: 'warning',
  meta: {
    summary: 'When there is an aggregateRating, it has ratingValue plus ratingCount or reviewCount.',
    rationale: 'An incomplete rating is invalid markup: the stars are not shown and Search Console reports an error.',
    source: '[3P] squirrelscan schema/review; [O] Google review snippet structured data.',
    examples: {
      valid: [
        {
          input: {
            structuredData: {
              jsonLd: [{ '@type': 'Product', aggregateRating: { ratingValue: 4.4, reviewCount: 31 } }],
            },
          },
        },
      ],
      invalid: [
        { input: { structuredData: { jsonLd: [{ '@type': 'Product', aggregateRating: { ratingValue: 4.4 } }] } } },
      ],
    },
  },
  applies: ({ listing }) => primaryProduct(listing) !== undefined,
  check: ({ listing }) => {
    const rating = listOf(primaryProduct(listing)?.node.aggregateRating)[0];
    if (!rating) return [];
    const out = [];
    if (!present(rating.ratingValue)) {
      out.push({
        field: 'structuredData.aggregateRating.ratingValue',
        message: 'The aggregateRating has no ratingValue.',
      });
    }
    if (!present(rating.ratingCount) && !present(rating.reviewCount)) {
      out.push({
        field: 'structuredData.aggregateRating.reviewCount',
        message: 'The aggregateRating has neither ratingCount nor reviewCount; add one.',
      });
    }
    return out;
  },
});
