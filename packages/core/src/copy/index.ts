/** @revloop/core/copy: copy checks for every ad and marketplace placement (limits, claims, AI tells, placeholders, policy, brand voice). */
export { applyFixes, fixCopyText } from './apply-fixes.js';
export {
  COPY_MAX_FINDINGS_PER_RULE,
  parseCopyConfig,
  type ResolvedCopyConfig,
  resolveCopyConfig,
} from './compile-config.js';
export {
  COPY_CATEGORIES,
  type CopyCategory,
  CopyCategorySchema,
  type CopyConfig,
  CopyConfigSchema,
  type CopyCustomRule,
  CopyCustomRuleSchema,
  copyPresets,
} from './config.js';
export { type CopyContext, type CopySentence, createCopyContext, splitCopySentences } from './context.js';
export {
  type CopySmsInfo,
  countCopyDisplayWidth,
  countCopyGraphemes,
  countCopySmsSegments,
  countCopyUtf8Bytes,
} from './count.js';
export { buildCopyCustomRule } from './custom-rules.js';
export {
  copyDisplayWidth,
  copyFleschReadingEase,
  copySentences,
  copySmsSegments,
  copySyllables,
  copyUtf8Bytes,
} from './deprecated.js';
export { type CopyReport, type LintCopyOptions, lintCopy } from './lint-copy.js';
export { type CopyPhraseHit, type CopyPhraseMatcher, compileCopyPhrases, findCopyPhrases } from './matcher.js';
export { type CopyLengthMeasurement, measureCopyLength } from './measure.js';
export {
  copyAiTellsPack,
  copyBrandVoicePack,
  copyClaimsPack,
  copyFormattingPack,
  copyLengthPack,
  copyPlaceholdersPack,
  copyPolicyPack,
  copyReadabilityPack,
  copyRulePacks,
  copyRules,
} from './packs/index.js';
export {
  type CopyLengthUnit,
  PLACEMENT_IDS,
  type Placement,
  type PlacementId,
  PlacementIdSchema,
  placements,
} from './placements.js';
export {
  type CopyCapitalizationSpec,
  type CopyExistenceEntry,
  type CopyExistenceSpec,
  type CopyKindRule,
  type CopyOccurrenceSpec,
  type CopyReadabilitySpec,
  type CopyRepetitionSpec,
  type CopyRequiredSpec,
  type CopyRuleSpec,
  type CopySubstitutionSpec,
  computeCopyFleschReadingEase,
  copyCapitalizationRule,
  copyExistenceRule,
  copyOccurrenceRule,
  copyReadabilityRule,
  copyRepetitionRule,
  copyRequiredRule,
  copySubstitutionRule,
  countCopySyllables,
} from './rule-kinds/index.js';
export { type CopyToken, type CopyTokens, tokenizeCopy, tokenizeCopyColumns } from './tokenize.js';

import { CopyConfigSchema, CopyCustomRuleSchema } from './config.js';
import { PlacementIdSchema } from './placements.js';

/** Public schemas of the copy module, for JSON Schema export (docs/schemas). */
export const copySchemas = {
  CopyConfig: CopyConfigSchema,
  CopyCustomRule: CopyCustomRuleSchema,
  CopyPlacementId: PlacementIdSchema,
} as const;
