/** Readability pack: overlong sentences and Flesch reading ease (English) for long-form placements. */
import { defineRulePack, withRuleMeta } from '../../../engine/index.js';
import { type CopyContext, copyExampleContext } from '../../context.js';
import { copyReadabilityFleschReadingEaseRule } from './flesch-reading-ease.js';
import { copyReadabilityFleschReadingEaseMeta } from './flesch-reading-ease.meta.js';
import { copyReadabilitySentenceLengthRule } from './sentence-length.js';
import { copyReadabilitySentenceLengthMeta } from './sentence-length.meta.js';

// Pure calls: a bundle that only runs the rules (lintCopy) drops the pack and its docs.
export const copyReadabilityRulePack = /* @__PURE__ */ defineRulePack<CopyContext>({
  id: 'copy/readability',
  title: 'Copy: readability',
  description: 'Sentence length and Flesch reading ease (English only) for long-form placements.',
  rules: [
    /* @__PURE__ */ withRuleMeta(copyReadabilitySentenceLengthRule, copyReadabilitySentenceLengthMeta),
    /* @__PURE__ */ withRuleMeta(copyReadabilityFleschReadingEaseRule, copyReadabilityFleschReadingEaseMeta),
  ],
  exampleContext: copyExampleContext,
});
