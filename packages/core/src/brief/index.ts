/** @revloop/core/brief: the creative-brief schema, checker, rules, presets, template and Markdown output. */
export {
  BRIEF_SCORE_OPTIONS,
  type BriefReport,
  type BriefVerdict,
  briefVerdict,
  type CheckBriefOptions,
  checkBrief,
} from './check.js';
export { BRIEF_CLAIM_CLASSES, type BriefClaimClass, type BriefClaimMatch, detectBriefClaims } from './claims.js';
export {
  type BriefContext,
  type BriefContextOptions,
  type BriefFieldIssue,
  buildBriefContext,
  type ParsedBrief,
} from './context.js';
export { type FormatBriefOptions, formatBrief } from './format.js';
export { BRIEF_EXAMPLE_NOW, briefPresets, briefRulePack, briefRules } from './pack.js';
export { BRIEF_PLACEMENTS, type BriefPlacementSpec, getBriefPlacement } from './placements.js';
export * from './schema.js';
export * from './schemas.js';
export { type BriefTemplate, briefTemplate } from './template.js';
