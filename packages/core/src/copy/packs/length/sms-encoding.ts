/** copy/length/sms-encoding: Points at the first character that switches an SMS from GSM-7 to UCS-2. */
import { defineRuntimeRule } from '../../../engine/index.js';
import type { CopyContext } from '../../context.js';
import { copyLength } from './shared.js';

export const copyLengthSmsEncodingRule = defineRuntimeRule<CopyContext>({
  id: 'copy/length/sms-encoding',
  category: 'length',
  severity: 'info',
  applies: (ctx) => ctx.placement.unit === 'segments',
  check(ctx) {
    const m = copyLength(ctx);
    if (m.firstNonGsm === undefined) return [];
    const start = m.firstNonGsm;
    const code = ctx.text.charCodeAt(start);
    const end = code >= 0xd800 && code <= 0xdbff && start + 1 < ctx.text.length ? start + 2 : start + 1;
    return [
      {
        message: `"${ctx.text.slice(start, end)}" is not in the GSM-7 alphabet, so the whole message is sent as UCS-2 (70 characters per segment).`,
        range: [start, end],
        evidence: { text: ctx.text.slice(start, end), value: m.value, unit: 'segments' },
      },
    ];
  },
});
