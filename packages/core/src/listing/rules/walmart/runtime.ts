/** The runtime listing/walmart rules (no docs), in pack order: what auditListing runs. */
import type { AnyRuntimeRule } from '../../../engine/rule.js';
import type { ListingRuleContext } from '../context.js';
import { walmartDescriptionWords } from './description-words.js';
import { walmartImages } from './images.js';
import { walmartKeyFeatures } from './key-features.js';
import { walmartReviews } from './reviews.js';
import { walmartTitleLength } from './title-length.js';
import { walmartTitlePolicy } from './title-policy.js';

export const walmartListingRuntimeRules: readonly AnyRuntimeRule<ListingRuleContext>[] = [
  walmartTitleLength,
  walmartTitlePolicy,
  walmartKeyFeatures,
  walmartDescriptionWords,
  walmartImages,
  walmartReviews,
];
