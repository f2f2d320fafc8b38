/** The Google merchant listing pack: required and recommended Product structured data. */
import { defineRulePack, withRuleMeta } from '../../../engine/rule.js';
import { type ListingRuleContext, listingExampleContext } from '../context.js';
import { googleMerchantAggregateRating } from './aggregate-rating.js';
import { googleMerchantAggregateRatingMeta } from './aggregate-rating.meta.js';
import { googleMerchantOfferPrice } from './offer-price.js';
import { googleMerchantOfferPriceMeta } from './offer-price.meta.js';
import { googleMerchantProductMarkup } from './product-markup.js';
import { googleMerchantProductMarkupMeta } from './product-markup.meta.js';
import { googleMerchantRecommendedProperties } from './recommended-properties.js';
import { googleMerchantRecommendedPropertiesMeta } from './recommended-properties.meta.js';
import { googleMerchantRequiredProperties } from './required-properties.js';
import { googleMerchantRequiredPropertiesMeta } from './required-properties.meta.js';
import { googleMerchantVariants } from './variants.js';
import { googleMerchantVariantsMeta } from './variants.meta.js';

// Pure calls: a bundle that only runs the rules (auditListing) drops the pack and its docs.
export const googleMerchantListingRulePack = /* @__PURE__ */ defineRulePack<ListingRuleContext>({
  id: 'listing/google-merchant',
  title: 'Google merchant listing',
  description:
    "Checks a store page's Product structured data against Google's merchant listing requirements. Examples are partial listings.",
  rules: [
    /* @__PURE__ */ withRuleMeta(googleMerchantProductMarkup, googleMerchantProductMarkupMeta),
    /* @__PURE__ */ withRuleMeta(googleMerchantRequiredProperties, googleMerchantRequiredPropertiesMeta),
    /* @__PURE__ */ withRuleMeta(googleMerchantOfferPrice, googleMerchantOfferPriceMeta),
    /* @__PURE__ */ withRuleMeta(googleMerchantAggregateRating, googleMerchantAggregateRatingMeta),
    /* @__PURE__ */ withRuleMeta(googleMerchantVariants, googleMerchantVariantsMeta),
    /* @__PURE__ */ withRuleMeta(googleMerchantRecommendedProperties, googleMerchantRecommendedPropertiesMeta),
  ],
  exampleContext: listingExampleContext,
});
