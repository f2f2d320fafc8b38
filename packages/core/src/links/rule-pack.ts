/** The links rule pack: every check `checkCampaignUrl` runs, with its docs, in one engine pack for docs and config. */
import { defineRulePack, withRuleMeta } from '../engine/rule.js';
import { type CampaignCheckContext, campaignExampleContext } from './check-context.js';
import { linksChannelMismatchRule } from './rules/channel-mismatch.js';
import { linksChannelMismatchMeta } from './rules/channel-mismatch.meta.js';
import { linksDuplicateParameterRule } from './rules/duplicate-parameter.js';
import { linksDuplicateParameterMeta } from './rules/duplicate-parameter.meta.js';
import { linksFragmentBeforeQueryRule } from './rules/fragment-before-query.js';
import { linksFragmentBeforeQueryMeta } from './rules/fragment-before-query.meta.js';
import { linksInternalLinkRule } from './rules/internal-link.js';
import { linksInternalLinkMeta } from './rules/internal-link.meta.js';
import { linksInvalidUrlRule } from './rules/invalid-url.js';
import { linksInvalidUrlMeta } from './rules/invalid-url.meta.js';
import { linksMalformedMacroRule } from './rules/malformed-macro.js';
import { linksMalformedMacroMeta } from './rules/malformed-macro.meta.js';
import { linksMissingParameterRule } from './rules/missing-parameter.js';
import { linksMissingParameterMeta } from './rules/missing-parameter.meta.js';
import { linksPiiRule } from './rules/pii.js';
import { linksPiiMeta } from './rules/pii.meta.js';
import { linksProhibitedTermRule } from './rules/prohibited-term.js';
import { linksProhibitedTermMeta } from './rules/prohibited-term.meta.js';
import { linksUnassignedChannelRule } from './rules/unassigned-channel.js';
import { linksUnassignedChannelMeta } from './rules/unassigned-channel.meta.js';
import { linksUnknownParameterRule } from './rules/unknown-parameter.js';
import { linksUnknownParameterMeta } from './rules/unknown-parameter.meta.js';
import { linksUrlTooLongRule } from './rules/url-too-long.js';
import { linksUrlTooLongMeta } from './rules/url-too-long.meta.js';
import { linksValueCaseRule } from './rules/value-case.js';
import { linksValueCaseMeta } from './rules/value-case.meta.js';
import { linksValueNotAllowedRule } from './rules/value-not-allowed.js';
import { linksValueNotAllowedMeta } from './rules/value-not-allowed.meta.js';
import { linksValueRewrittenRule } from './rules/value-rewritten.js';
import { linksValueRewrittenMeta } from './rules/value-rewritten.meta.js';
import { linksValueSeparatorRule } from './rules/value-separator.js';
import { linksValueSeparatorMeta } from './rules/value-separator.meta.js';
import { linksValueSpacesRule } from './rules/value-spaces.js';
import { linksValueSpacesMeta } from './rules/value-spaces.meta.js';

// Pure calls: a bundle that only runs the rules (checkCampaignUrl, buildCampaignUrl) drops the pack and its docs.
export const linksRulePack = /* @__PURE__ */ defineRulePack<CampaignCheckContext>({
  id: 'links',
  title: 'Campaign links',
  description:
    'Checks a tagged link against a naming policy (`CampaignPolicy`) and predicts its GA4 default channel. Examples are URLs, `{ url, policy }` where a policy setting matters, or `{ url, params, policy? }` for the link the builder makes from them.',
  rules: [
    /* @__PURE__ */ withRuleMeta(linksInvalidUrlRule, linksInvalidUrlMeta),
    /* @__PURE__ */ withRuleMeta(linksMissingParameterRule, linksMissingParameterMeta),
    /* @__PURE__ */ withRuleMeta(linksValueCaseRule, linksValueCaseMeta),
    /* @__PURE__ */ withRuleMeta(linksValueSpacesRule, linksValueSpacesMeta),
    /* @__PURE__ */ withRuleMeta(linksValueSeparatorRule, linksValueSeparatorMeta),
    /* @__PURE__ */ withRuleMeta(linksValueNotAllowedRule, linksValueNotAllowedMeta),
    /* @__PURE__ */ withRuleMeta(linksValueRewrittenRule, linksValueRewrittenMeta),
    /* @__PURE__ */ withRuleMeta(linksProhibitedTermRule, linksProhibitedTermMeta),
    /* @__PURE__ */ withRuleMeta(linksDuplicateParameterRule, linksDuplicateParameterMeta),
    /* @__PURE__ */ withRuleMeta(linksUnknownParameterRule, linksUnknownParameterMeta),
    /* @__PURE__ */ withRuleMeta(linksInternalLinkRule, linksInternalLinkMeta),
    /* @__PURE__ */ withRuleMeta(linksPiiRule, linksPiiMeta),
    /* @__PURE__ */ withRuleMeta(linksMalformedMacroRule, linksMalformedMacroMeta),
    /* @__PURE__ */ withRuleMeta(linksFragmentBeforeQueryRule, linksFragmentBeforeQueryMeta),
    /* @__PURE__ */ withRuleMeta(linksUrlTooLongRule, linksUrlTooLongMeta),
    /* @__PURE__ */ withRuleMeta(linksUnassignedChannelRule, linksUnassignedChannelMeta),
    /* @__PURE__ */ withRuleMeta(linksChannelMismatchRule, linksChannelMismatchMeta),
  ],
  exampleContext: campaignExampleContext,
});
