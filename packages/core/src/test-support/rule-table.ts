/** The one table-test harness for rules: runs a rule as the runner does and compares the fields a table pins down. */
import { describe, expect, it } from 'vitest';
import { resolveEngineConfig } from '../engine/config.js';
import type { Finding } from '../engine/finding.js';
import type { AnyRuntimeRule } from '../engine/rule.js';
import { runRule } from '../engine/runner.js';

/**
 * Runs one rule on one context through config resolution and `runRule`, so `applies`, severity grading and
 * option validation behave exactly as in production. Bad options fail the test instead of being ignored.
 */
export function runRuleOn<Ctx>(rule: AnyRuntimeRule<Ctx>, ctx: Ctx, options?: unknown): Finding[] {
  const config = options === undefined ? {} : { rules: { [rule.id]: { options } } };
  const { config: resolved, findings } = resolveEngineConfig([rule], config);
  if (findings.length > 0) throw new Error(`bad test options for ${rule.id}: ${findings[0]?.message}`);
  const entry = resolved.rules[0];
  if (!entry) throw new Error(`rule ${rule.id} is disabled by its own defaults`);
  return runRule(entry, ctx) ?? [];
}

/** The finding fields a table may pin; `message` is left out on purpose so wording can improve freely. */
export type PinnedField = 'ruleId' | 'severity' | 'field' | 'range' | 'target' | 'fix' | 'evidence';

/** Keeps only `fields` of each finding (absent ones stay absent), in the order the rule returned them. */
export function pinFindings(findings: readonly Finding[], fields: readonly PinnedField[]): Partial<Finding>[] {
  return findings.map((finding) => {
    const out: Partial<Finding> = {};
    for (const key of fields) {
      if (finding[key] !== undefined) (out as Record<string, unknown>)[key] = finding[key];
    }
    return out;
  });
}

/** One row: a name, the input the context is built from, the expected pinned findings, and rule options. */
export type RuleTableRow<Input> = [name: string, input: Input, expected: Partial<Finding>[], options?: unknown];

export interface RuleTableSpec<Ctx, Input> {
  /** Builds the rule's context from a row's input (e.g. `createCopyContext`, `listingExampleContext`). */
  context: (input: Input) => Ctx;
  /** Which finding fields the rows pin; default severity, field and range. */
  pin?: readonly PinnedField[];
  /** Passing rows: each must yield no finding. */
  pass: readonly [name: string, input: Input, options?: unknown][];
  /** Failing rows: each must yield exactly the expected findings. */
  fail: readonly RuleTableRow<Input>[];
}

/** Declares a `describe(rule.id)` block with one test per row; a table needs at least one passing and one failing row. */
export function ruleTable<Ctx, Input>(rule: AnyRuntimeRule<Ctx>, spec: RuleTableSpec<Ctx, Input>): void {
  const pin = spec.pin ?? (['severity', 'field', 'range'] as const);
  describe(rule.id, () => {
    it('has passing and failing rows', () => {
      expect(spec.pass.length).toBeGreaterThan(0);
      expect(spec.fail.length).toBeGreaterThan(0);
    });
    for (const [name, input, options] of spec.pass) {
      it(`passes: ${name}`, () => {
        expect(pinFindings(runRuleOn(rule, spec.context(input), options), pin)).toEqual([]);
      });
    }
    for (const [name, input, expected, options] of spec.fail) {
      it(`fails: ${name}`, () => {
        expect(pinFindings(runRuleOn(rule, spec.context(input), options), pin)).toEqual(expected);
      });
    }
  });
}
