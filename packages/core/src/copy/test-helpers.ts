/** Pack-level test helper: lints a text and returns one pack's findings as tuples, for tests of how a pack's rules interact (single rules use ruleTable). */
import { type LintCopyOptions, lintCopy } from './lint-copy.js';

export type CopyFindingTuple = [ruleId: string, start: number, end: number, severity: string];

/** Findings of rules whose id starts with `prefix`, as `[ruleId, start, end, severity]`, in position order. */
export function copyFindingsOf(text: string, prefix: string, options: LintCopyOptions = {}): CopyFindingTuple[] {
  return lintCopy(text, options)
    .findings.filter((f) => f.ruleId.startsWith(prefix))
    .map((f): CopyFindingTuple => [f.ruleId, f.range?.[0] ?? -1, f.range?.[1] ?? -1, f.severity])
    .sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]));
}
