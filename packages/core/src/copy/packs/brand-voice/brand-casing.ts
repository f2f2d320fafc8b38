/** copy/brand-voice/brand-casing: The brand name written in any casing other than the configured one (with a replace fix). */
import { defineRuntimeRule } from '../../../engine/index.js';
import type { CopyContext } from '../../context.js';
import { brandCasingCheck } from './shared.js';

export const copyBrandVoiceBrandCasingRule = defineRuntimeRule<CopyContext>({
  id: 'copy/brand-voice/brand-casing',
  category: 'brand-voice',
  severity: 'warning',
  check: brandCasingCheck,
});
