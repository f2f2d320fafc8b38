/** The links rule pack: every check `checkCampaignUrl` runs, in one engine pack for docs and config. */
import { defineRulePack } from '../engine/rule.js';
import { type CampaignCheckContext, campaignExampleContext } from './check-context.js';
import { linksChannelMismatchRule } from './rules/channel-mismatch.js';
import { linksDuplicateParameterRule } from './rules/duplicate-parameter.js';
import { linksFragmentBeforeQueryRule } from './rules/fragment-before-query.js';
import { linksInternalLinkRule } from './rules/internal-link.js';
import { linksInvalidUrlRule } from './rules/invalid-url.js';
import { linksMalformedMacroRule } from './rules/malformed-macro.js';
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

export const linksRules = [
  linksInvalidUrlRule,
  linksMissingParameterRule,
  linksValueCaseRule,
  linksValueSpacesRule,
  linksValueSeparatorRule,
  linksValueNotAllowedRule,
  linksProhibitedTermRule,
  linksDuplicateParameterRule,
  linksUnknownParameterRule,
  linksInternalLinkRule,
  linksPiiRule,
  linksMalformedMacroRule,
  linksFragmentBeforeQueryRule,
  linksUrlTooLongRule,
  linksUnassignedChannelRule,
  linksChannelMismatchRule,
] as const;

export const linksRulePack = defineRulePack<CampaignCheckContext>({
  id: 'links',
  title: 'Campaign links',
  description:
    'Checks a tagged link against a naming policy (`CampaignPolicy`) and predicts its GA4 default channel. Examples are URLs, or `{ url, policy }` where a policy setting matters.',
  rules: linksRules,
  exampleContext: campaignExampleContext,
});
