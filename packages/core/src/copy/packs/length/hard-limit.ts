/** copy/length/hard-limit: Text is longer than the placement's hard limit, counted in the platform's unit. */
import { defineRuntimeRule } from '../../../engine/index.js';
import type { CopyContext } from '../../context.js';
import { copyLength, unitName } from './shared.js';

export const copyLengthHardLimitRule = defineRuntimeRule<CopyContext>({
  id: 'copy/length/hard-limit',
  category: 'length',
  severity: 'error',
  applies: (ctx) => ctx.placement.hardLimit !== undefined,
  check(ctx) {
    const m = copyLength(ctx);
    if (m.hardLimit === undefined || m.value <= m.hardLimit) return [];
    return [
      {
        message: `${ctx.placement.label} is ${m.value} ${unitName(m)}; the limit is ${m.hardLimit}. Cut the underlined part.`,
        range: [m.hardLimitAt ?? 0, ctx.text.length],
        evidence: { value: m.value, limit: m.hardLimit, unit: m.unit },
      },
    ];
  },
});
