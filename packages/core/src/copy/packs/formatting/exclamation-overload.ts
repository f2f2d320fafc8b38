/** copy/formatting/exclamation-overload: More exclamation marks than one per 50 words (at least one is always allowed). */
import { defineRuntimeRule } from '../../../engine/index.js';
import type { CopyContext } from '../../context.js';
import { overload } from './shared.js';

export const copyFormattingExclamationOverloadRule = defineRuntimeRule<CopyContext>({
  id: 'copy/formatting/exclamation-overload',
  category: 'formatting',
  severity: 'warning',
  check(ctx) {
    const allowed = Math.max(1, Math.floor(ctx.tokens.length / 50));
    return overload(ctx, ['!'], allowed, (n) => `${n} exclamation marks; keep at most ${allowed} for this length.`);
  },
});
