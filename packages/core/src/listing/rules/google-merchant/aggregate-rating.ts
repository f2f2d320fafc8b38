/** listing/google-merchant/aggregate-rating: an aggregateRating has ratingValue and ratingCount or reviewCount. */
import { defineRuntimeRule } from '../../../engine/rule.js';
import type { ListingRuleContext } from '../context.js';
import { listOf, present, primaryProduct } from './product-node.js';

export const googleMerchantAggregateRating = /* @__PURE__ */ defineRuntimeRule<ListingRuleContext>({
  id: 'listing/google-merchant/aggregate-rating',
  aliases: ['google-merchant/aggregate-rating'],
  category: 'structured-data',
  severity: 'warning',
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
