/** @revloop/core/copy: copy checks for every ad and marketplace placement (limits, claims, AI tells, placeholders, policy, brand voice). */
export { applyFixes, fixCopyText } from './apply-fixes.js';
export {
  COPY_CATEGORIES,
  type CopyCategory,
  CopyCategorySchema,
  type CopyConfig,
  CopyConfigSchema,
  type CopyCustomRule,
  CopyCustomRuleSchema,
  copyPresets,
  parseCopyConfig,
} from './config.js';
export {
  type CopyContext,
  type CopySentence,
  copyExampleContext,
  copySentences,
  createCopyContext,
} from './context.js';
export {
  type CopySmsInfo,
  copyDisplayWidth,
  copySmsSegments,
  copyUtf8Bytes,
  countCopyGraphemes,
} from './count.js';
export { buildCopyCustomRule } from './custom-rules.js';
export { COPY_MAX_FINDINGS_PER_RULE, type CopyReport, copyRules, type LintCopyOptions, lintCopy } from './lint-copy.js';
export {
  type CopyPhraseHit,
  type CopyPhraseMatcher,
  compileCopyPhrases,
  copyPhraseKey,
  findCopyPhrases,
} from './matcher.js';
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
  type CopyOccurrenceSpec,
  type CopyReadabilitySpec,
  type CopyRepetitionSpec,
  type CopyRequiredSpec,
  type CopyRuleSpec,
  type CopySubstitutionSpec,
  copyCapitalizationRule,
  copyExistenceRule,
  copyFleschReadingEase,
  copyOccurrenceRule,
  copyReadabilityRule,
  copyRepetitionRule,
  copyRequiredRule,
  copySubstitutionRule,
  copySyllables,
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
