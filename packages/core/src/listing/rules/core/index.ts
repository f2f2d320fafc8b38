/** The core listing pack: checks every marketplace runs, such as whether the page has enough of a listing to audit. */
import { defineRulePack, withRuleMeta } from '../../../engine/rule.js';
import { type ListingRuleContext, listingExampleContext } from '../context.js';
import { listingCoreNotEnoughContent } from './not-enough-content.js';
import { listingCoreNotEnoughContentMeta } from './not-enough-content.meta.js';

// Pure calls: a bundle that only runs the rules (auditListing) drops the pack and its docs.
export const coreListingRulePack = /* @__PURE__ */ defineRulePack<ListingRuleContext>({
  id: 'listing/core',
  title: 'Listing essentials',
  description:
    'Checks every listing, whatever its marketplace, for the facts a product page needs. Examples are partial listings.',
  rules: [/* @__PURE__ */ withRuleMeta(listingCoreNotEnoughContent, listingCoreNotEnoughContentMeta)],
  exampleContext: listingExampleContext,
});
