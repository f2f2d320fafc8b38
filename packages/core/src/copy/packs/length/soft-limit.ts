/** copy/length/soft-limit: Text is longer than the placement's recommended length. */
import { defineRuntimeRule } from '../../../engine/index.js';
import type { CopyContext } from '../../context.js';
import { copyLength, unitName } from './shared.js';

export const copyLengthSoftLimitRule = defineRuntimeRule<CopyContext>({
  id: 'copy/length/soft-limit',
  category: 'length',
  severity: 'warning',
  applies: (ctx) => ctx.placement.softLimit !== undefined,
  check(ctx) {
    const m = copyLength(ctx);
    if (m.softLimit === undefined || m.value <= m.softLimit) return [];
    if (m.hardLimit !== undefined && m.value > m.hardLimit) return [];
    return [
      {
        message: `${ctx.placement.label} is ${m.value} ${unitName(m)}; ${m.softLimit} or fewer is recommended.`,
        range: [m.softLimitAt ?? 0, ctx.text.length],
        evidence: { value: m.value, limit: m.softLimit, unit: m.unit },
      },
    ];
  },
});
