/** The Walmart listing pack: title, key features, description, image and review rules for Walmart item pages. */
import { defineRulePack } from '../../../engine/rule.js';
import { type ListingRuleContext, listingExampleContext } from '../context.js';
import { walmartDescriptionWords } from './description-words.js';
import { walmartImages } from './images.js';
import { walmartKeyFeatures } from './key-features.js';
import { walmartReviews } from './reviews.js';
import { walmartTitleLength } from './title-length.js';
import { walmartTitlePolicy } from './title-policy.js';

export const walmartListingRulePack = /* @__PURE__ */ defineRulePack<ListingRuleContext>({
  id: 'walmart',
  title: 'Walmart listing',
  description: 'Checks a Walmart item page against Walmart content rules. Examples are partial listings.',
  rules: [
    walmartTitleLength,
    walmartTitlePolicy,
    walmartKeyFeatures,
    walmartDescriptionWords,
    walmartImages,
    walmartReviews,
  ],
  exampleContext: listingExampleContext,
});
