/** Test helpers for the copy module: findings as compact tuples with exact ranges. */
import type { AnyRule, RuleFinding } from '../engine/index.js';
import { type CopyContext, createCopyContext } from './context.js';
import { type LintCopyOptions, lintCopy } from './lint-copy.js';
import type { PlacementId } from './placements.js';
import { genericMeta } from './rule-kinds/common.js';

export type CopyFindingTuple = [ruleId: string, start: number, end: number, severity: string];

/** Findings of rules whose id starts with `prefix`, as `[ruleId, start, end, severity]`, in position order. */
export function copyFindingsOf(text: string, prefix: string, options: LintCopyOptions = {}): CopyFindingTuple[] {
  return lintCopy(text, options)
    .findings.filter((f) => f.ruleId.startsWith(prefix))
    .map((f): CopyFindingTuple => [f.ruleId, f.range?.[0] ?? -1, f.range?.[1] ?? -1, f.severity])
    .sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]));
}

/** A spec base for rule-kind table tests. */
export const copyTestRuleBase = {
  id: 'copy/test/rule',
  category: 'brand-voice' as const,
  severity: 'warning' as const,
  meta: genericMeta('test'),
};

/** Runs one rule on a fresh context, honouring `applies`, as the runner would. */
export function runCopyRule(
  rule: AnyRule<CopyContext>,
  text: string,
  placement: PlacementId = 'generic',
): RuleFinding[] {
  const ctx = createCopyContext(text, { placement });
  if (rule.applies && !rule.applies(ctx)) return [];
  return rule.check(ctx, rule.defaultOptions);
}

export const copyRangesOf = (findings: RuleFinding[]) => findings.map((f) => f.range);
