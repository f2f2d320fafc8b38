/** copy/length/empty: The field is empty or only whitespace. */
import { defineRuntimeRule } from '../../../engine/index.js';
import type { CopyContext } from '../../context.js';

export const copyLengthEmptyRule = defineRuntimeRule<CopyContext>({
  id: 'copy/length/empty',
  category: 'length',
  severity: 'warning',
  applies: (ctx) => ctx.placement.id !== 'generic',
  check(ctx) {
    if (ctx.text.trim().length > 0) return [];
    return [{ message: `${ctx.placement.label} is empty.`, range: [0, ctx.text.length] }];
  },
});
