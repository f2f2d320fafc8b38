/** @revloop/core/links: campaign-link (UTM) builder, parser, naming governance and GA4 channel prediction. */
export { type BuildCampaignUrlOptions, buildCampaignUrl } from './build-campaign-url.js';
export { type BuiltCampaignUrlReport, buildCampaignUrlReport } from './build-campaign-url-report.js';
export {
  buildCampaignMatrix,
  type CampaignMatrix,
  type CampaignMatrixDimensions,
  type CampaignMatrixRow,
} from './campaign-matrix.js';
export {
  type CampaignChannelExplanation,
  type CampaignChannelOptions,
  type CampaignChannelQuery,
  defaultChannelGroup,
  explainChannelGroup,
  predictChannelGroup,
} from './channel-group.js';
export {
  type CampaignChannelRulesVersion,
  GA4_CHANNEL_GROUPS,
  type Ga4ChannelGroup,
  LATEST_CAMPAIGN_CHANNEL_RULES,
} from './channel-rules.js';
export { type CampaignUrlReport, checkCampaignUrl, findCampaignUrlErrors } from './check-campaign-url.js';
export type { CampaignCheckOptions } from './check-options.js';
export { decodeCampaignValue, encodeCampaignValue } from './encode.js';
export { CampaignUrlError, type CampaignUrlErrorCode, isCampaignUrlError } from './errors.js';
export {
  type CampaignMacro,
  type CampaignMacroPlatform,
  type CampaignMacroPlatformId,
  campaignMacros,
} from './macro-catalog.js';
export {
  type CampaignMacroToken,
  findCampaignMacros,
  findMalformedCampaignMacros,
  isKnownCampaignMacro,
  type MalformedMacro,
  splitCampaignMacros,
} from './macros.js';
export {
  CAMPAIGN_CLICK_ID_KEYS,
  CAMPAIGN_PARAM_FIELDS,
  CAMPAIGN_PARAM_KEYS,
  type CampaignParamField,
  type CampaignParams,
  CampaignParamsSchema,
} from './params.js';
export { type ParsedCampaignUrl, parseCampaignUrl } from './parse-campaign-url.js';
export {
  type CampaignNormalize,
  type CampaignPolicy,
  type CampaignPolicyInput,
  CampaignPolicySchema,
  type CampaignRewriteKind,
  defaultCampaignPolicy,
  parseCampaignPolicy,
  type ResolvedCampaignPolicy,
  resolveCampaignPolicy,
  strictCampaignPolicy,
} from './policy.js';
export { linksRulePack } from './rule-pack.js';
export { linksSchemas } from './schemas.js';
export type { CampaignUrlParts } from './split-url.js';
