/** Remap: keeps underlines in place while the user types, by shifting findings around the edited span until the next lint. */
import type { CheckFinding, TextRange } from './types.js';

/** The single edited span between two texts: common prefix and suffix, in UTF-16 units. */
export function editSpan(before: string, after: string): { start: number; oldEnd: number; newEnd: number } | null {
  if (before === after) return null;
  const max = Math.min(before.length, after.length);
  let start = 0;
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let tail = 0;
  while (
    tail < max - start &&
    before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)
  ) {
    tail++;
  }
  return { start, oldEnd: before.length - tail, newEnd: after.length - tail };
}

/**
 * Findings of `before` moved onto `after`: ranges after the edit shift, ranges touching it are dropped
 * (they will come back from the next lint, computed on the real text). Findings without a range are kept.
 */
export function remapFindings(findings: readonly CheckFinding[], before: string, after: string): CheckFinding[] {
  const edit = editSpan(before, after);
  if (!edit) return [...findings];
  const delta = edit.newEnd - edit.oldEnd;
  const move = (r: TextRange): TextRange | null => {
    if (r[1] <= edit.start) return r;
    if (r[0] >= edit.oldEnd) return [r[0] + delta, r[1] + delta];
    return null;
  };
  const out: CheckFinding[] = [];
  for (const f of findings) {
    if (!f.range) {
      out.push(f);
      continue;
    }
    const range = move(f.range);
    if (!range) continue;
    if (f.fix?.kind === 'replace') {
      const fixRange = move(f.fix.range);
      out.push(fixRange ? { ...f, range, fix: { ...f.fix, range: fixRange } } : { ...f, range, fix: undefined });
    } else out.push({ ...f, range });
  }
  return out;
}
