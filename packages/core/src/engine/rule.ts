/** Rule: a small pure object with an id, a category, a default severity, docs and `check()`. */
import type { ZodType } from 'zod';
import { invalidInputError } from './errors.js';
import { isSeverity, type RuleFinding, type Severity } from './finding.js';

/** One documented example: `input` is what the pack's `exampleContext` turns into a context. */
export interface RuleExample {
  input: unknown;
  options?: unknown;
  /** Why this example passes or fails, for the generated docs. */
  note?: string;
}

export interface RuleMeta {
  /** One line: what the rule checks. */
  summary: string;
  /** Why it matters, in a sentence or two. */
  rationale: string;
  /** Where the threshold or the rule comes from (a platform policy, a law, the seed process). */
  source: string;
  examples: { valid: RuleExample[]; invalid: RuleExample[] };
}

export interface Rule<Ctx = unknown, Options = undefined> {
  /** Stable id, `<pack>/<kebab-name>`, e.g. `brief/generic-audience`. */
  id: string;
  category: string;
  severity: Severity;
  /** Former ids still accepted in config for one minor version after a rename (config warns that they are old). */
  aliases?: readonly string[];
  /** How much one finding of this rule costs in the score, as a multiple of its severity weight. Default 1. */
  weight?: number;
  meta: RuleMeta;
  /** Validates user-supplied options; the parsed value is passed to `check`. */
  optionsSchema?: ZodType<Options>;
  defaultOptions?: Options;
  /** Return false to skip the rule for this context (not applicable is not a pass or a fail). */
  applies?(ctx: Ctx): boolean;
  check(ctx: Ctx, options: Options): RuleFinding[];
}

// biome-ignore lint/suspicious/noExplicitAny: rules with different option types share one list.
export type AnyRule<Ctx = any> = Rule<Ctx, any>;

/** What the config resolver and the runner need: a rule without its docs, so bundles that only run rules skip them. */
export type RuntimeRule<Ctx = unknown, Options = undefined> = Omit<Rule<Ctx, Options>, 'meta'>;

// biome-ignore lint/suspicious/noExplicitAny: rules with different option types share one list.
export type AnyRuntimeRule<Ctx = any> = RuntimeRule<Ctx, any>;

function isStringArray(value: unknown): boolean {
  if (!Array.isArray(value)) return false;
  for (let i = 0; i < value.length; i++) if (typeof value[i] !== 'string') return false;
  return true;
}

/** Why `value` cannot be configured and run as a rule (the field and what it must be), or undefined when it can. */
export function runtimeRuleProblem(value: unknown): [field: string, expected: string] | undefined {
  if (typeof value !== 'object' || value === null) return ['', 'a rule from defineRule or defineRuntimeRule'];
  const r = value as Record<string, unknown>;
  if (typeof r.id !== 'string' || r.id === '') return ['id', 'a non-empty string'];
  if (typeof r.category !== 'string') return ['category', 'a string'];
  if (!isSeverity(r.severity)) return ['severity', 'one of error, warning, info'];
  if (typeof r.check !== 'function') return ['check', 'a function'];
  if (r.applies !== undefined && typeof r.applies !== 'function') return ['applies', 'a function'];
  if (r.weight !== undefined && !(typeof r.weight === 'number' && r.weight >= 0)) return ['weight', 'a number ≥ 0'];
  if (r.aliases !== undefined && !isStringArray(r.aliases)) return ['aliases', 'an array of strings'];
  if (r.optionsSchema !== undefined && typeof (r.optionsSchema as { safeParse?: unknown })?.safeParse !== 'function') {
    return ['optionsSchema', 'a zod schema'];
  }
  return undefined;
}

/** Throws `engine/invalid-input` unless `rules` is an array of rules, naming the first bad field (`rules.2.check`). */
export function assertRuntimeRules(rules: unknown, param = 'rules'): asserts rules is readonly AnyRuntimeRule[] {
  if (!Array.isArray(rules)) throw invalidInputError('engine', param, rules, 'an array of rules');
  for (let i = 0; i < rules.length; i++) {
    const problem = runtimeRuleProblem(rules[i]);
    if (!problem) continue;
    const [field, expected] = problem;
    const value = field === '' ? rules[i] : (rules[i] as Record<string, unknown>)[field];
    throw invalidInputError('engine', field === '' ? `${param}.${i}` : `${param}.${i}.${field}`, value, expected);
  }
}

/** Identity helper that keeps a rule's option type inferred. */
export function defineRule<Ctx, Options = undefined>(rule: Rule<Ctx, Options>): Rule<Ctx, Options> {
  return rule;
}

/** Identity helper for a rule whose docs live in a separate module (attach them with `withRuleMeta`). */
export function defineRuntimeRule<Ctx, Options = undefined>(
  rule: RuntimeRule<Ctx, Options>,
): RuntimeRule<Ctx, Options> {
  return rule;
}

/** The documented rule: a runtime rule plus its docs, for rule packs (docs generation, meta-tests). */
export function withRuleMeta<Ctx, Options>(rule: RuntimeRule<Ctx, Options>, meta: RuleMeta): Rule<Ctx, Options> {
  return { ...rule, meta };
}

/** A named set of rules plus how to turn a documented example into a context, for docs and meta-tests. */
export interface RulePack<Ctx = unknown> {
  id: string;
  title: string;
  description: string;
  rules: readonly AnyRule<Ctx>[];
  exampleContext(input: unknown): Ctx;
}

export function defineRulePack<Ctx>(pack: RulePack<Ctx>): RulePack<Ctx> {
  return pack;
}
