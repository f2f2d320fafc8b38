/** The runtime copy/formatting rules (no docs), in pack order: what lintCopy runs. */

import { copyFormattingBulletWallOfTextRule } from './bullet-wall-of-text.js';
import { copyFormattingDoubledWordRule } from './doubled-word.js';
import { copyFormattingEdgeWhitespaceRule } from './edge-whitespace.js';
import { copyFormattingEmDashOverloadRule } from './em-dash-overload.js';
import { copyFormattingExclamationOverloadRule } from './exclamation-overload.js';
import { copyFormattingHtmlMarkupRule } from './html-markup.js';
import { copyFormattingRepeatedPunctuationRule } from './repeated-punctuation.js';
import { copyFormattingRepeatedWhitespaceRule } from './repeated-whitespace.js';

export const copyFormattingRuntimeRules = [
  copyFormattingRepeatedWhitespaceRule,
  copyFormattingEdgeWhitespaceRule,
  copyFormattingRepeatedPunctuationRule,
  copyFormattingDoubledWordRule,
  copyFormattingHtmlMarkupRule,
  copyFormattingExclamationOverloadRule,
  copyFormattingEmDashOverloadRule,
  copyFormattingBulletWallOfTextRule,
] as const;
