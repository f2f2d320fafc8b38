/** The Walmart listing pack: title, key features, description, image and review rules for Walmart item pages. */
import { defineRulePack, withRuleMeta } from '../../../engine/rule.js';
import { type ListingRuleContext, listingExampleContext } from '../context.js';
import { walmartDescriptionWords } from './description-words.js';
import { walmartDescriptionWordsMeta } from './description-words.meta.js';
import { walmartImages } from './images.js';
import { walmartImagesMeta } from './images.meta.js';
import { walmartKeyFeatures } from './key-features.js';
import { walmartKeyFeaturesMeta } from './key-features.meta.js';
import { walmartReviews } from './reviews.js';
import { walmartReviewsMeta } from './reviews.meta.js';
import { walmartTitleLength } from './title-length.js';
import { walmartTitleLengthMeta } from './title-length.meta.js';
import { walmartTitlePolicy } from './title-policy.js';
import { walmartTitlePolicyMeta } from './title-policy.meta.js';

// Pure calls: a bundle that only runs the rules (auditListing) drops the pack and its docs.
export const walmartListingRulePack = /* @__PURE__ */ defineRulePack<ListingRuleContext>({
  id: 'listing/walmart',
  title: 'Walmart listing',
  description: 'Checks a Walmart item page against Walmart content rules. Examples are partial listings.',
  rules: [
    /* @__PURE__ */ withRuleMeta(walmartTitleLength, walmartTitleLengthMeta),
    /* @__PURE__ */ withRuleMeta(walmartTitlePolicy, walmartTitlePolicyMeta),
    /* @__PURE__ */ withRuleMeta(walmartKeyFeatures, walmartKeyFeaturesMeta),
    /* @__PURE__ */ withRuleMeta(walmartDescriptionWords, walmartDescriptionWordsMeta),
    /* @__PURE__ */ withRuleMeta(walmartImages, walmartImagesMeta),
    /* @__PURE__ */ withRuleMeta(walmartReviews, walmartReviewsMeta),
  ],
  exampleContext: listingExampleContext,
});
