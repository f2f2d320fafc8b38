/** Meta-check: verifies a rule's documented examples behave as documented (used by the meta-tests). */
import { resolveEngineConfig } from './config.js';
import type { AnyRule, RulePack } from './rule.js';
import { runRule } from './runner.js';

export interface MetaProblem {
  ruleId: string;
  problem: string;
}

/** Returns every way a pack's rules fall short: missing docs, too few examples, examples that misbehave. */
export function checkRuleMeta<Ctx>(pack: RulePack<Ctx>): MetaProblem[] {
  const problems: MetaProblem[] = [];
  const seen = new Set<string>();
  for (const rule of pack.rules) {
    const say = (problem: string) => problems.push({ ruleId: rule.id, problem });
    if (seen.has(rule.id)) say('duplicate rule id');
    seen.add(rule.id);
    if (!/^[a-z0-9-]+\/[a-z0-9-]+(\/[a-z0-9-]+)?$/.test(rule.id)) say('id must be <pack>/<kebab-name>');
    if (!rule.meta.summary || rule.meta.summary.length < 10) say('summary missing or too short');
    if (!rule.meta.rationale || rule.meta.rationale.length < 20) say('rationale missing or too short');
    if (!rule.meta.source || rule.meta.source.length < 5) say('source missing');
    else if (!/https?:\/\/[^\s)]+\.[a-z]{2,}/i.test(rule.meta.source)) {
      say('source must cite a public URL (https://…); research notes are not shipped');
    }
    if (rule.meta.examples.valid.length === 0) say('no passing example');
    if (rule.meta.examples.invalid.length === 0) say('no failing example');
    for (const [kind, list] of [
      ['valid', rule.meta.examples.valid],
      ['invalid', rule.meta.examples.invalid],
    ] as const) {
      for (const [i, example] of list.entries()) {
        const count = countFindings(pack, rule, example.input, example.options);
        if (typeof count === 'string') say(`${kind} example ${i} threw: ${count}`);
        else if (kind === 'valid' && count > 0) say(`valid example ${i} raised ${count} finding(s)`);
        else if (kind === 'invalid' && count === 0) say(`invalid example ${i} raised no finding`);
      }
    }
  }
  return problems;
}

function countFindings<Ctx>(
  pack: RulePack<Ctx>,
  rule: AnyRule<Ctx>,
  input: unknown,
  options: unknown,
): number | string {
  const config = options === undefined ? {} : { rules: { [rule.id]: { options } } };
  const { config: resolved, findings } = resolveEngineConfig([rule], config);
  if (findings.some((f) => f.severity === 'error')) return `bad example options: ${findings[0]?.message}`;
  const entry = resolved.rules[0];
  if (!entry) return 'rule disabled';
  try {
    const found = runRule(entry, pack.exampleContext(input)) ?? [];
    const internal = found.find((f) => f.ruleId === 'internal-error');
    if (internal) return internal.message;
    return found.length;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
