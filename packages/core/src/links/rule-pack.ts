/** The links rule pack: every check `checkCampaignUrl` runs, with its docs, in one engine pack for docs and config. */
import { defineRulePack, withRuleMeta } from '../engine/rule.js';
import { type CampaignCheckContext, campaignExampleContext } from './check-context.js';
import { linksChannelMismatchRule } from './rules/channel-mismatch.js';
import { linksDuplicateParameterRule } from './rules/duplicate-parameter.js';
import { linksFragmentBeforeQueryRule } from './rules/fragment-before-query.js';
import { linksInternalLinkRule } from './rules/internal-link.js';
import { linksInvalidUrlRule } from './rules/invalid-url.js';
import { linksMalformedMacroRule } from './rules/malformed-macro.js';
import {
  linksChannelMismatchMeta,
  linksDuplicateParameterMeta,
  linksFragmentBeforeQueryMeta,
  linksInternalLinkMeta,
  linksInvalidUrlMeta,
  linksMalformedMacroMeta,
  linksMissingParameterMeta,
  linksPiiMeta,
  linksProhibitedTermMeta,
  linksUnassignedChannelMeta,
  linksUnknownParameterMeta,
  linksUrlTooLongMeta,
  linksValueCaseMeta,
  linksValueNotAllowedMeta,
  linksValueSeparatorMeta,
  linksValueSpacesMeta,
} from './rules/meta.js';
import { linksMissingParameterRule } from './rules/missing-parameter.js';
import { linksPiiRule } from './rules/pii.js';
import { linksProhibitedTermRule } from './rules/prohibited-term.js';
import { linksUnassignedChannelRule } from './rules/unassigned-channel.js';
import { linksUnknownParameterRule } from './rules/unknown-parameter.js';
import { linksUrlTooLongRule } from './rules/url-too-long.js';
import { linksValueCaseRule } from './rules/value-case.js';
import { linksValueNotAllowedRule } from './rules/value-not-allowed.js';
import { linksValueSeparatorRule } from './rules/value-separator.js';
import { linksValueSpacesRule } from './rules/value-spaces.js';

export { linksRules } from './rules/index.js';

// Pure calls: a bundle that only runs the rules (checkCampaignUrl, buildCampaignUrl) drops the pack and its docs.
export const linksRulePack = /* @__PURE__ */ defineRulePack<CampaignCheckContext>({
  id: 'links',
  title: 'Campaign links',
  description:
    'Checks a tagged link against a naming policy (`CampaignPolicy`) and predicts its GA4 default channel. Examples are URLs, or `{ url, policy }` where a policy setting matters.',
  rules: [
    /* @__PURE__ */ withRuleMeta(linksInvalidUrlRule, linksInvalidUrlMeta),
    /* @__PURE__ */ withRuleMeta(linksMissingParameterRule, linksMissingParameterMeta),
    /* @__PURE__ */ withRuleMeta(linksValueCaseRule, linksValueCaseMeta),
    /* @__PURE__ */ withRuleMeta(linksValueSpacesRule, linksValueSpacesMeta),
    /* @__PURE__ */ withRuleMeta(linksValueSeparatorRule, linksValueSeparatorMeta),
    /* @__PURE__ */ withRuleMeta(linksValueNotAllowedRule, linksValueNotAllowedMeta),
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
