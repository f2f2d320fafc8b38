/** The generic SEO pack: title tag, meta description, image alt text, one H1 and Open Graph product tags. */
import { defineRulePack, withRuleMeta } from '../../../engine/rule.js';
import { type ListingRuleContext, listingExampleContext } from '../context.js';
import { genericSeoImageAlt } from './image-alt.js';
import { genericSeoImageAltMeta } from './image-alt.meta.js';
import { genericSeoMetaDescription } from './meta-description.js';
import { genericSeoMetaDescriptionMeta } from './meta-description.meta.js';
import { genericSeoOpenGraphProduct } from './open-graph.js';
import { genericSeoOpenGraphProductMeta } from './open-graph.meta.js';
import { genericSeoSingleH1 } from './single-h1.js';
import { genericSeoSingleH1Meta } from './single-h1.meta.js';
import { genericSeoTitleTag } from './title-tag.js';
import { genericSeoTitleTagMeta } from './title-tag.meta.js';

// Pure calls: a bundle that only runs the rules (auditListing) drops the pack and its docs.
export const genericSeoListingRulePack = /* @__PURE__ */ defineRulePack<ListingRuleContext>({
  id: 'listing/generic-seo',
  title: 'Generic store SEO',
  description: 'Checks the on-page SEO of any store product page. Examples are partial listings.',
  rules: [
    /* @__PURE__ */ withRuleMeta(genericSeoTitleTag, genericSeoTitleTagMeta),
    /* @__PURE__ */ withRuleMeta(genericSeoMetaDescription, genericSeoMetaDescriptionMeta),
    /* @__PURE__ */ withRuleMeta(genericSeoSingleH1, genericSeoSingleH1Meta),
    /* @__PURE__ */ withRuleMeta(genericSeoImageAlt, genericSeoImageAltMeta),
    /* @__PURE__ */ withRuleMeta(genericSeoOpenGraphProduct, genericSeoOpenGraphProductMeta),
  ],
  exampleContext: listingExampleContext,
});
