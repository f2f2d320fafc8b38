/** The runtime listing/google-merchant rules (no docs), in pack order: what auditListing runs. */
import type { AnyRuntimeRule } from '../../../engine/rule.js';
import type { ListingRuleContext } from '../context.js';
import { googleMerchantAggregateRating } from './aggregate-rating.js';
import { googleMerchantOfferPrice } from './offer-price.js';
import { googleMerchantProductMarkup } from './product-markup.js';
import { googleMerchantRecommendedProperties } from './recommended-properties.js';
import { googleMerchantRequiredProperties } from './required-properties.js';
import { googleMerchantVariants } from './variants.js';

export const googleMerchantListingRuntimeRules: readonly AnyRuntimeRule<ListingRuleContext>[] = [
  googleMerchantProductMarkup,
  googleMerchantRequiredProperties,
  googleMerchantOfferPrice,
  googleMerchantAggregateRating,
  googleMerchantVariants,
  googleMerchantRecommendedProperties,
];
