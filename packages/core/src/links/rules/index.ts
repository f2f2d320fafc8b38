/** The runtime links rules (no docs), in the order `checkCampaignUrl` runs them. */
import { linksChannelMismatchRule } from './channel-mismatch.js';
import { linksDuplicateParameterRule } from './duplicate-parameter.js';
import { linksFragmentBeforeQueryRule } from './fragment-before-query.js';
import { linksInternalLinkRule } from './internal-link.js';
import { linksInvalidUrlRule } from './invalid-url.js';
import { linksMalformedMacroRule } from './malformed-macro.js';
import { linksMissingParameterRule } from './missing-parameter.js';
import { linksPiiRule } from './pii.js';
import { linksProhibitedTermRule } from './prohibited-term.js';
import { linksUnassignedChannelRule } from './unassigned-channel.js';
import { linksUnknownParameterRule } from './unknown-parameter.js';
import { linksUrlTooLongRule } from './url-too-long.js';
import { linksValueCaseRule } from './value-case.js';
import { linksValueNotAllowedRule } from './value-not-allowed.js';
import { linksValueRewrittenRule } from './value-rewritten.js';
import { linksValueSeparatorRule } from './value-separator.js';
import { linksValueSpacesRule } from './value-spaces.js';

export const linksRules = [
  linksInvalidUrlRule,
  linksMissingParameterRule,
  linksValueCaseRule,
  linksValueSpacesRule,
  linksValueSeparatorRule,
  linksValueNotAllowedRule,
  linksValueRewrittenRule,
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
