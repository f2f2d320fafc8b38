/** applyFixes: applies `replace` fixes from findings in reverse order, skipping overlaps and duplicates (textlint's fixer). */

import type { Finding } from '../engine/index.js';
import {
  requireCopyArray,
  requireCopyFunction,
  requireCopyNumber,
  requireCopyObject,
  requireCopyString,
} from './input.js';

interface Edit {
  start: number;
  end: number;
  text: string;
}

/**
 * Returns `text` with every safe fix applied. Fixes are sorted by position and applied from the end,
 * so earlier offsets stay valid; a fix that overlaps one already taken is skipped (the next lint
 * reports it again; at the same start the longer one wins); identical fixes from two findings apply once; out-of-range fixes are ignored.
 */
export function applyFixes(text: string, findings: readonly Pick<Finding, 'fix'>[]): string {
  requireCopyString(text, 'text');
  requireCopyArray(findings, 'findings');
  const edits: Edit[] = [];
  for (const f of findings) {
    // Entries that are not findings with a well-formed replace fix are skipped, like out-of-range fixes.
    const fix = typeof f === 'object' && f !== null ? f.fix : undefined;
    if (fix?.kind !== 'replace' || !Array.isArray(fix.range) || typeof fix.text !== 'string') continue;
    const [start, end] = fix.range;
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end > text.length) continue;
    edits.push({ start, end, text: fix.text });
  }
  if (edits.length === 0) return text;
  // By position; at the same start the longer fix goes first and wins (it usually contains the other).
  edits.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Edit[] = [];
  let lastEnd = -1;
  let last: Edit | undefined;
  for (const e of edits) {
    if (last && e.start === last.start && e.end === last.end && e.text === last.text) continue;
    // Touching is fine ([0,2) then [2,4)); sharing a character, or two inserts at one point, is an overlap.
    if (e.start < lastEnd || (last && e.start === last.start && (e.start === e.end || last.start === last.end)))
      continue;
    kept.push(e);
    lastEnd = e.end;
    last = e;
  }
  // Same result as splicing from the last edit to the first, built in one linear pass.
  const parts: string[] = [];
  let cursor = 0;
  for (const e of kept) {
    parts.push(text.slice(cursor, e.start), e.text);
    cursor = e.end;
  }
  parts.push(text.slice(cursor));
  return parts.join('');
}

/**
 * Lints and applies fixes until nothing changes (at most `maxPasses`), for a "fix all" button.
 * One pass is usually enough; a deletion can occasionally create a new issue ("Dog ! Dog" in a title
 * loses the "!" and then has a doubled word), which the next pass fixes.
 */
export function fixCopyText(
  text: string,
  lint: (text: string) => { findings: readonly Pick<Finding, 'fix'>[] },
  maxPasses = 5,
): string {
  requireCopyString(text, 'text');
  requireCopyFunction(lint, 'lint');
  if (maxPasses !== undefined) requireCopyNumber(maxPasses, 'maxPasses');
  let current = text;
  for (let pass = 0; pass < maxPasses; pass++) {
    const result: unknown = lint(current);
    requireCopyObject(result, 'lint(text)');
    requireCopyArray(result.findings, 'lint(text).findings');
    const next = applyFixes(current, result.findings as readonly Pick<Finding, 'fix'>[]);
    if (next === current) return current;
    current = next;
  }
  return current;
}
