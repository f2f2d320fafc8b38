/**
 * @revloop/core/internal: helpers for the revloop extension, docs generation and tests. NOT covered by semver: any
 * export here may change or disappear in a patch release. Applications should import the public subpaths instead.
 */
export { BRIEF_EXAMPLE_NOW } from './brief/pack.js';
export { copyExampleContext } from './copy/context.js';
export { renderRulesMarkdown } from './engine/docs.js';
export { checkRuleMeta, type MetaProblem } from './engine/meta-check.js';
export { mayHoldCampaignMacro } from './links/macros.js';
export { withoutCampaignPairs } from './links/parse-campaign-url.js';
export { type CampaignQueryPair, scanCampaignQuery } from './links/split-url.js';
export { listingExampleContext } from './listing/rules/context.js';
