/** Helpers the copy/formatting rules share (matchers, measurements), computed once per lint or per module. */
import type { RuleFinding } from '../../../engine/index.js';
import type { CopyContext } from '../../context.js';
import { COPY_FINDINGS_CAP } from '../../rule-kinds/common.js';

export const isHSpace = (c: number) => c === 32 || c === 9 || c === 0xa0;
export const isNewline = (c: number) => c === 10 || c === 13;

export const TITLE_BANNED = '!?$~*_';

/** Flags each occurrence of a mark after the first `allowed` ones (indexOf scans, linear). */
export function overload(
  ctx: CopyContext,
  marks: readonly string[],
  allowed: number,
  say: (n: number) => string,
): RuleFinding[] {
  const { text } = ctx;
  const positions: Array<[number, number]> = [];
  for (const m of marks) {
    for (
      let i = text.indexOf(m);
      i >= 0 && positions.length < allowed + COPY_FINDINGS_CAP;
      i = text.indexOf(m, i + m.length)
    )
      positions.push([i, i + m.length]);
  }
  if (positions.length <= allowed) return [];
  positions.sort((a, b) => a[0] - b[0]);
  const total = positions.length;
  return positions.slice(allowed).map(([s, e]) => ({
    message: say(total),
    range: [s, e] as [number, number],
    evidence: { value: positions.length, limit: allowed },
  }));
}
