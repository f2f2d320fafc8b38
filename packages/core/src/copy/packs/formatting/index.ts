/** Formatting pack: whitespace, doubled punctuation and words, HTML in plain text, exclamation and em-dash overload, bullet walls. */
import { defineRulePack, withRuleMeta } from '../../../engine/index.js';
import { type CopyContext, copyExampleContext } from '../../context.js';
import { copyFormattingBulletWallOfTextRule } from './bullet-wall-of-text.js';
import { copyFormattingBulletWallOfTextMeta } from './bullet-wall-of-text.meta.js';
import { copyFormattingDoubledWordRule } from './doubled-word.js';
import { copyFormattingDoubledWordMeta } from './doubled-word.meta.js';
import { copyFormattingEdgeWhitespaceRule } from './edge-whitespace.js';
import { copyFormattingEdgeWhitespaceMeta } from './edge-whitespace.meta.js';
import { copyFormattingEmDashOverloadRule } from './em-dash-overload.js';
import { copyFormattingEmDashOverloadMeta } from './em-dash-overload.meta.js';
import { copyFormattingExclamationOverloadRule } from './exclamation-overload.js';
import { copyFormattingExclamationOverloadMeta } from './exclamation-overload.meta.js';
import { copyFormattingHtmlMarkupRule } from './html-markup.js';
import { copyFormattingHtmlMarkupMeta } from './html-markup.meta.js';
import { copyFormattingRepeatedPunctuationRule } from './repeated-punctuation.js';
import { copyFormattingRepeatedPunctuationMeta } from './repeated-punctuation.meta.js';
import { copyFormattingRepeatedWhitespaceRule } from './repeated-whitespace.js';
import { copyFormattingRepeatedWhitespaceMeta } from './repeated-whitespace.meta.js';

// Pure calls: a bundle that only runs the rules (lintCopy) drops the pack and its docs.
export const copyFormattingRulePack = /* @__PURE__ */ defineRulePack<CopyContext>({
  id: 'copy/formatting',
  title: 'Copy: formatting',
  description:
    'Whitespace, doubled punctuation and words (with safe fixes), HTML in plain-text fields, exclamation and em-dash overload, and bullets that are a wall of text.',
  rules: [
    /* @__PURE__ */ withRuleMeta(copyFormattingRepeatedWhitespaceRule, copyFormattingRepeatedWhitespaceMeta),
    /* @__PURE__ */ withRuleMeta(copyFormattingEdgeWhitespaceRule, copyFormattingEdgeWhitespaceMeta),
    /* @__PURE__ */ withRuleMeta(copyFormattingRepeatedPunctuationRule, copyFormattingRepeatedPunctuationMeta),
    /* @__PURE__ */ withRuleMeta(copyFormattingDoubledWordRule, copyFormattingDoubledWordMeta),
    /* @__PURE__ */ withRuleMeta(copyFormattingHtmlMarkupRule, copyFormattingHtmlMarkupMeta),
    /* @__PURE__ */ withRuleMeta(copyFormattingExclamationOverloadRule, copyFormattingExclamationOverloadMeta),
    /* @__PURE__ */ withRuleMeta(copyFormattingEmDashOverloadRule, copyFormattingEmDashOverloadMeta),
    /* @__PURE__ */ withRuleMeta(copyFormattingBulletWallOfTextRule, copyFormattingBulletWallOfTextMeta),
  ],
  exampleContext: copyExampleContext,
});
