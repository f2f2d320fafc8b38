/** Helpers the copy/length rules share (matchers, measurements), computed once per module or per lint. */

import { type CopyContext, copyMemo } from '../../context.js';
import { type CopyLengthMeasurement, measureCopyLength } from '../../measure.js';

/** The measurement for this context, computed once and shared with the report. */
export function copyLength(ctx: CopyContext): CopyLengthMeasurement {
  return copyMemo(ctx, 'length', () => measureCopyLength(ctx.text, ctx.placement, ctx.locale));
}

export const unitName = (m: CopyLengthMeasurement) =>
  m.unit === 'chars' ? (m.wideCountsDouble ? 'characters (wide count 2)' : 'characters') : m.unit;
