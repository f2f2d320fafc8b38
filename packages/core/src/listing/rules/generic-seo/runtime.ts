/** The runtime listing/generic-seo rules (no docs), in pack order: what auditListing runs. */
import type { AnyRuntimeRule } from '../../../engine/rule.js';
import type { ListingRuleContext } from '../context.js';
import { genericSeoImageAlt } from './image-alt.js';
import { genericSeoMetaDescription } from './meta-description.js';
import { genericSeoOpenGraphProduct } from './open-graph.js';
import { genericSeoSingleH1 } from './single-h1.js';
import { genericSeoTitleTag } from './title-tag.js';

export const genericSeoListingRuntimeRules: readonly AnyRuntimeRule<ListingRuleContext>[] = [
  genericSeoTitleTag,
  genericSeoMetaDescription,
  genericSeoSingleH1,
  genericSeoImageAlt,
  genericSeoOpenGraphProduct,
];
