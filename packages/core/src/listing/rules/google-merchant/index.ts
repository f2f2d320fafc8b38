/** The Google merchant listing pack: required and recommended Product structured data. */
import { defineRulePack } from '../../../engine/rule.js';
import { type ListingRuleContext, listingExampleContext } from '../context.js';
import { googleMerchantAggregateRating } from './aggregate-rating.js';
import { googleMerchantOfferPrice } from './offer-price.js';
import { googleMerchantProductMarkup } from './product-markup.js';
import { googleMerchantRecommendedProperties } from './recommended-properties.js';
import { googleMerchantRequiredProperties } from './required-properties.js';
import { googleMerchantVariants } from './variants.js';

export const googleMerchantListingRulePack = /* @__PURE__ */ defineRulePack<ListingRuleContext>({
  id: 'google-merchant',
  title: 'Google merchant listing',
  description:
    "Checks a store page's Product structured data against Google's merchant listing requirements. Examples are partial listings.",
  rules: [
    googleMerchantProductMarkup,
    googleMerchantRequiredProperties,
    googleMerchantOfferPrice,
    googleMerchantAggregateRating,
    googleMerchantVariants,
    googleMerchantRecommendedProperties,
  ],
  exampleContext: listingExampleContext,
});
