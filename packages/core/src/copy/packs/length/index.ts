/** Length pack: hard and soft limits, visible truncation and SMS encoding, counted the way each platform counts. */
import { defineRulePack, withRuleMeta } from '../../../engine/index.js';
import { type CopyContext, copyExampleContext } from '../../context.js';
import { copyLengthEmptyRule } from './empty.js';
import { copyLengthEmptyMeta } from './empty.meta.js';
import { copyLengthHardLimitRule } from './hard-limit.js';
import { copyLengthHardLimitMeta } from './hard-limit.meta.js';
import { copyLengthSmsEncodingRule } from './sms-encoding.js';
import { copyLengthSmsEncodingMeta } from './sms-encoding.meta.js';
import { copyLengthSoftLimitRule } from './soft-limit.js';
import { copyLengthSoftLimitMeta } from './soft-limit.meta.js';
import { copyLengthTruncationRule } from './truncation.js';
import { copyLengthTruncationMeta } from './truncation.meta.js';

// Pure calls: a bundle that only runs the rules (lintCopy) drops the pack and its docs.
export const copyLengthRulePack = /* @__PURE__ */ defineRulePack<CopyContext>({
  id: 'copy/length',
  title: 'Copy: length',
  description:
    "Limits per placement in the platform's own unit: grapheme clusters, UTF-8 bytes (Amazon search terms), wide characters as 2 (Google Ads, TikTok) or SMS segments.",
  rules: [
    /* @__PURE__ */ withRuleMeta(copyLengthHardLimitRule, copyLengthHardLimitMeta),
    /* @__PURE__ */ withRuleMeta(copyLengthSoftLimitRule, copyLengthSoftLimitMeta),
    /* @__PURE__ */ withRuleMeta(copyLengthTruncationRule, copyLengthTruncationMeta),
    /* @__PURE__ */ withRuleMeta(copyLengthSmsEncodingRule, copyLengthSmsEncodingMeta),
    /* @__PURE__ */ withRuleMeta(copyLengthEmptyRule, copyLengthEmptyMeta),
  ],
  exampleContext: copyExampleContext,
});
