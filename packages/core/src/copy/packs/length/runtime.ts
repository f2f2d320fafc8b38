/** The runtime copy/length rules (no docs), in pack order: what lintCopy runs. */

import { copyLengthEmptyRule } from './empty.js';
import { copyLengthHardLimitRule } from './hard-limit.js';
import { copyLengthSmsEncodingRule } from './sms-encoding.js';
import { copyLengthSoftLimitRule } from './soft-limit.js';
import { copyLengthTruncationRule } from './truncation.js';

export const copyLengthRuntimeRules = [
  copyLengthHardLimitRule,
  copyLengthSoftLimitRule,
  copyLengthTruncationRule,
  copyLengthSmsEncodingRule,
  copyLengthEmptyRule,
] as const;
