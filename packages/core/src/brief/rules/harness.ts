/** Test harness for brief rules: runs one rule on one input and returns `[field, severity]` pairs. */
import { resolveEngineConfig } from '../../engine/config.js';
import type { Finding } from '../../engine/finding.js';
import type { AnyRule } from '../../engine/rule.js';
import { runRule } from '../../engine/runner.js';
import { type BriefContext, buildBriefContext } from '../context.js';
import { BRIEF_EXAMPLE_NOW } from '../pack.js';

export function runBriefRule(rule: AnyRule<BriefContext>, input: unknown, options?: unknown): Finding[] {
  const config = options === undefined ? {} : { rules: { [rule.id]: { options } } };
  const { config: resolved, findings } = resolveEngineConfig([rule], config);
  if (findings.length > 0) throw new Error(findings[0]?.message);
  return runRule(resolved.rules[0]!, buildBriefContext(input, { now: BRIEF_EXAMPLE_NOW })) ?? [];
}

/** `[field, severity]` per finding, in rule order: the exact shape table tests compare. */
export function briefRuleFields(rule: AnyRule<BriefContext>, input: unknown, options?: unknown): [string, string][] {
  return runBriefRule(rule, input, options).map((f) => [f.field ?? '', f.severity]);
}
