/** copy/length/truncation: Marks the part of the text a surface cuts off (e.g. after about 80 characters of an Amazon title on mobile). */
import { defineRuntimeRule } from '../../../engine/index.js';
import type { CopyContext } from '../../context.js';
import { copyLength, unitName } from './shared.js';

export const copyLengthTruncationRule = defineRuntimeRule<CopyContext>({
  id: 'copy/length/truncation',
  category: 'length',
  severity: 'info',
  applies: (ctx) => ctx.placement.truncateAt !== undefined,
  check(ctx) {
    const m = copyLength(ctx);
    if (m.truncatedAt === undefined || m.truncateAt === undefined) return [];
    return [
      {
        message: `Only the first ${m.truncateAt} ${unitName(m)} show on ${ctx.placement.label}; put the key words before the cut.`,
        range: [m.truncatedAt, ctx.text.length],
        evidence: { value: m.value, limit: m.truncateAt, unit: m.unit },
      },
    ];
  },
});
