// Tests for the runner: filled findings, throwing and skipped rules, config, compiled runs and bad input.
import { describe, expect, it } from 'vitest';
import { resolveEngineConfig } from './config.js';
import { invalidInputTable } from './invalid-input-table.js';
import { defineRule } from './rule.js';
import { compileRunner, INTERNAL_ERROR_RULE_ID, runRules } from './runner.js';

const meta = { summary: 'x', rationale: 'x', source: 'x', examples: { valid: [], invalid: [] } };
const longWord = defineRule<{ text: string }, { max: number }>({
  id: 'test/long-word',
  category: 'length',
  severity: 'warning',
  meta,
  defaultOptions: { max: 5 },
  check: (ctx, options) =>
    ctx.text
      .split(' ')
      .filter((w) => w.length > options.max)
      .map((w) => ({ message: `"${w}" is long.`, evidence: { text: w } })),
});
const boom = defineRule<{ text: string }>({
  id: 'test/boom',
  category: 'internal',
  severity: 'error',
  meta,
  check: () => {
    throw new Error('kaput');
  },
});
const never = defineRule<{ text: string }>({
  id: 'test/never',
  category: 'x',
  severity: 'error',
  meta,
  applies: () => false,
  check: () => [{ message: 'never' }],
});

describe('runRules', () => {
  it('fills ids, category and severity and scores the findings', () => {
    const report = runRules([longWord], { text: 'tiny enormous gigantic' });
    expect(report.findings.map((f) => [f.ruleId, f.category, f.severity, f.evidence?.text])).toEqual([
      ['test/long-word', 'length', 'warning', 'enormous'],
      ['test/long-word', 'length', 'warning', 'gigantic'],
    ]);
    expect(report.score).toBe(90);
    expect(report.counts).toEqual({ error: 0, warning: 2, info: 0 });
    expect(report.penalties).toEqual([{ ruleId: 'test/long-word', findings: 2, points: 10 }]);
  });

  it('turns a throwing rule into one internal-error finding and still runs the others', () => {
    const report = runRules([boom, longWord], { text: 'enormous' });
    expect(report.findings.map((f) => f.ruleId).sort()).toEqual([INTERNAL_ERROR_RULE_ID, 'test/long-word']);
    const internal = report.findings.find((f) => f.ruleId === INTERNAL_ERROR_RULE_ID);
    expect(internal?.target).toBe('test/boom');
    expect(internal?.message).toContain('kaput');
  });

  it('skips rules that do not apply and does not count them as run', () => {
    const report = runRules([never, longWord], { text: 'a' });
    expect(report.findings).toEqual([]);
    expect(report.rulesRun).toBe(1);
    expect(report.score).toBe(100);
  });

  it('applies severity overrides, options and off switches from config', () => {
    const ctx = { text: 'abcd abcdefg' };
    expect(runRules([longWord], ctx, { rules: { 'test/long-word': 'error' } }).findings[0]?.severity).toBe('error');
    expect(runRules([longWord], ctx, { rules: { 'test/long-word': 'off' } }).findings).toEqual([]);
    expect(runRules([longWord], ctx, { rules: { 'test/long-word': { options: { max: 3 } } } }).findings).toHaveLength(
      2,
    );
  });

  it('reports a bad config key as a finding naming the key instead of throwing', () => {
    const report = runRules([longWord], { text: 'a' }, { rules: { 'test/long-word': { severity: 'fatal' } } });
    expect(report.findings[0]).toMatchObject({ ruleId: 'config/invalid', field: 'rules.test/long-word.severity' });
  });

  it('compiled runners give the same report as one-shot runs', () => {
    const run = compileRunner(resolveEngineConfig([longWord, boom]).config);
    expect(run({ text: 'enormous' })).toEqual(runRules([longWord, boom], { text: 'enormous' }));
  });
});

describe('compileRunner and runRules: bad input', () => {
  const resolved = resolveEngineConfig([longWord]).config;

  it('treats null run options as none', () => {
    const run = compileRunner(resolved);
    expect(run({ text: 'enormous' }, null as never)).toEqual(run({ text: 'enormous' }));
  });

  describe('compileRunner', () => {
    invalidInputTable('engine', [
      ['no config', () => (compileRunner as () => unknown)(), 'config'],
      ['a config without rules', () => compileRunner({ weights: {} } as never), 'config.rules'],
      ['a rule entry that is null', () => compileRunner({ rules: [null], weights: {} } as never), 'config.rules.0'],
      [
        'a rule entry whose rule has no check',
        () =>
          compileRunner({ ...resolved, rules: [{ ...resolved.rules[0], rule: { ...longWord, check: 1 } }] } as never),
        'config.rules.0.rule.check',
      ],
      ['a config without weights', () => compileRunner({ rules: [] } as never), 'config.weights'],
      [
        'a weight that is not a number',
        () => compileRunner({ rules: [], weights: { a: null } } as never),
        'config.weights.a',
      ],
    ]);
  });

  describe('the compiled runner', () => {
    const run = compileRunner(resolved);
    invalidInputTable('engine', [
      ['options as a string', () => run({ text: 'a' }, 'x' as never), 'options'],
      [
        'extra findings with a null',
        () => run({ text: 'a' }, { extraFindings: [null] as never }),
        'options.extraFindings.0',
      ],
      ['score options as a number', () => run({ text: 'a' }, { score: 3 as never }), 'options.score'],
    ]);
  });

  describe('runRules', () => {
    invalidInputTable('engine', [
      ['no rules', () => (runRules as () => unknown)(), 'rules'],
      ['rules as NaN', () => runRules(Number.NaN as never, {}), 'rules'],
      ['a rule that is a string', () => runRules(['test/long-word'] as never, {}), 'rules.0'],
    ]);
  });
});
