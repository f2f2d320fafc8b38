/** The runtime copy/readability rules (no docs), in pack order: what lintCopy runs. */

import { copyReadabilityFleschReadingEaseRule } from './flesch-reading-ease.js';
import { copyReadabilitySentenceLengthRule } from './sentence-length.js';

export const copyReadabilityRuntimeRules = [
  copyReadabilitySentenceLengthRule,
  copyReadabilityFleschReadingEaseRule,
] as const;
