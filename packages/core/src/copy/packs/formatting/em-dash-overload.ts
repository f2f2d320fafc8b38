/** copy/formatting/em-dash-overload: More em dashes than one per 75 words (at least one is always allowed). */
import { defineRuntimeRule } from '../../../engine/index.js';
import type { CopyContext } from '../../context.js';
import { overload } from './shared.js';

export const copyFormattingEmDashOverloadRule = defineRuntimeRule<CopyContext>({
  id: 'copy/formatting/em-dash-overload',
  category: 'formatting',
  severity: 'info',
  check(ctx) {
    const allowed = Math.max(1, Math.floor(ctx.tokens.length / 75));
    return overload(
      ctx,
      ['\u2014', ' -- '],
      allowed,
      (n) => `${n} em dashes; use commas or full stops for most of them.`,
    );
  },
});
