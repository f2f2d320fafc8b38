/** @revloop/core/brief: the creative-brief schema, checker, rules, presets, template and Markdown output. */

// The one placement catalog (shared with copy): placements, their format specs, copy fields and former names.
export {
  AD_PLACEMENT_IDS,
  AD_PLACEMENTS,
  type AdPlacement,
  type AdPlacementId,
  type AdPlacementLookup,
  type AspectSpec,
  lookupAdPlacement,
  type MediaSpec,
  type PixelSize,
  type PlacementSource,
  type VideoSpec,
} from '../placements/index.js';
export {
  BRIEF_SCORE_OPTIONS,
  type BriefReport,
  type BriefVerdict,
  briefVerdict,
  type CheckBriefOptions,
  checkBrief,
} from './check.js';
export { type ClaimClass, type ClaimHit, detectBriefClaims } from './claims.js';
export { parseBriefConfig, type ResolvedBriefOptions, resolveBriefConfig, resolveBriefOptions } from './config.js';
export {
  type BriefContext,
  type BriefContextOptions,
  type BriefFieldIssue,
  buildBriefContext,
  type ParsedBrief,
} from './context.js';
export { type FormatBriefOptions, formatBrief } from './format.js';
// The shape of `BriefContext.formatNotes` (what `brief/format-notes` reports).
export type { BriefFormatNote } from './format-specs.js';
// BRIEF_EXAMPLE_NOW stays internal (tests, docs examples): it is not part of the public API.
export { briefPresets, briefRulePack, briefRules } from './pack.js';
// Checked at the entry (a bad placement or media throws brief/invalid-input); the rules call the same function.
export { placementAspects } from './placements.js';
export * from './schema.js';
export * from './schemas.js';
export { type BriefTemplate, briefTemplate } from './template.js';
