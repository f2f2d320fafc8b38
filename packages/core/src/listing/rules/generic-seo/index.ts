/** The generic SEO pack: title tag, meta description, image alt text, one H1 and Open Graph product tags. */
import { defineRulePack } from '../../../engine/rule.js';
import { type ListingRuleContext, listingExampleContext } from '../context.js';
import { genericSeoImageAlt } from './image-alt.js';
import { genericSeoMetaDescription } from './meta-description.js';
import { genericSeoOpenGraphProduct } from './open-graph.js';
import { genericSeoSingleH1 } from './single-h1.js';
import { genericSeoTitleTag } from './title-tag.js';

export const genericSeoListingRulePack = /* @__PURE__ */ defineRulePack<ListingRuleContext>({
  id: 'generic-seo',
  title: 'Generic store SEO',
  description: 'Checks the on-page SEO of any store product page. Examples are partial listings.',
  rules: [
    genericSeoTitleTag,
    genericSeoMetaDescription,
    genericSeoSingleH1,
    genericSeoImageAlt,
    genericSeoOpenGraphProduct,
  ],
  exampleContext: listingExampleContext,
});
