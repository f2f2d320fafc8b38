/** Tests for the copy config verbs: resolveCopyConfig never throws, parseCopyConfig throws every bad path. */
import { describe, expect, it } from 'vitest';
import { isRevloopError, type RevloopError } from '../engine/errors.js';
import type { RuleFinding } from '../engine/finding.js';
import {
  COPY_MAX_FINDINGS_PER_RULE,
  capCopyRuleFindings,
  parseCopyConfig,
  resolveCopyConfig,
} from './compile-config.js';
import { lintCopy } from './lint-copy.js';

const bad = {
  brand: { name: 'Acme', colour: 'red' },
  bannedWords: ['cheap'],
  customRules: [
    { kind: 'existence', id: 'no-x', tokens: ['x'] },
    { kind: 'required', id: 'no-x', anyOf: ['y'] },
  ],
  extends: 'copy:nope',
  rules: { 'copy/ai-tells/density': { options: { minHits: 0 } }, 'copy/claims/new-claim': 'off', 'copy/zz': 'off' },
};

const thrown = (f: () => unknown): RevloopError => {
  try {
    f();
  } catch (e) {
    if (isRevloopError(e)) return e;
    throw e;
  }
  throw new Error('did not throw');
};

describe('resolveCopyConfig', () => {
  it('returns { value, findings }: every bad path named, only the bad settings dropped', () => {
    const { value, findings } = resolveCopyConfig(bad);
    expect(findings.map((f) => [f.ruleId, f.severity, f.field])).toEqual([
      ['config/invalid', 'error', 'brand.colour'],
      ['config/invalid', 'error', 'customRules.1.id'],
      ['config/invalid', 'error', 'extends'],
      ['config/invalid', 'warning', 'rules.copy/zz'],
      ['config/invalid', 'error', 'rules.copy/ai-tells/density.options.minHits'],
    ]);
    expect(value.bannedWords).toEqual(['cheap']);
    expect(value.customRules).toEqual([{ kind: 'existence', id: 'no-x', tokens: ['x'] }]);
    expect(value.rules).toEqual({ 'copy/claims/new-claim': 'off' });
    expect(value.extends).toBeUndefined();
    expect(value.brand).toBeUndefined();
  });

  it.each([null, undefined, 42, 'x', [], () => 1])('never throws on %p', (input) => {
    expect(resolveCopyConfig(input).value).toEqual({});
  });

  it('reports the same findings lintCopy puts in configFindings, and they never change the score', () => {
    const text = 'A seamless, robust, meticulously made bag.';
    const report = lintCopy(text, { config: bad });
    expect(report.configFindings).toEqual(resolveCopyConfig(bad).findings);
    const good = lintCopy(text, { config: resolveCopyConfig(bad).value });
    expect(good.configFindings).toEqual([]);
    expect({ score: report.score, findings: report.findings }).toEqual({ score: good.score, findings: good.findings });
  });
});

describe('parseCopyConfig', () => {
  it('throws a config/invalid RevloopError whose findings name every bad path (errors only)', () => {
    const e = thrown(() => parseCopyConfig(bad));
    expect(e.code).toBe('config/invalid');
    expect(e.findings.map((f) => f.field)).toEqual([
      'brand.colour',
      'customRules.1.id',
      'extends',
      'rules.copy/ai-tells/density.options.minHits',
    ]);
    expect(thrown(() => parseCopyConfig('x')).findings.map((f) => f.field)).toEqual(['(root)']);
  });

  it('returns the config that applies; an unknown rule id is only a warning and is left out', () => {
    const config = { brand: { name: 'Acme' }, rules: { 'copy/zz': 'off' as const, 'copy/claims/new-claim': 'off' } };
    expect(parseCopyConfig(config)).toEqual({ brand: { name: 'Acme' }, rules: { 'copy/claims/new-claim': 'off' } });
    expect(parseCopyConfig(undefined)).toEqual({});
  });
});

describe('capCopyRuleFindings', () => {
  const hit = (i: number): RuleFinding => ({ message: `hit ${i}`, range: [i * 2, i * 2 + 1], severity: 'warning' });
  it('keeps short lists as they are', () => {
    const found = [hit(0), hit(1)];
    expect(capCopyRuleFindings(found, 3)).toBe(found);
  });
  it('folds everything past the cap into one finding that spans it and counts it', () => {
    const capped = capCopyRuleFindings([hit(0), hit(1), hit(2), hit(3), hit(4)], 3);
    expect(capped.map((f) => f.range)).toEqual([
      [0, 1],
      [2, 3],
      [4, 9],
    ]);
    expect(capped[2]).toMatchObject({ severity: 'warning', evidence: { value: 3, limit: 2, unit: 'more findings' } });
    expect(capped[2]?.message).toMatch(/and 3 more/);
  });
  it('says so in a real lint of 600 doubled words and in 50,000 ("at least")', () => {
    const report = lintCopy('FREE '.repeat(600), { placement: 'amazon.bullet' });
    const doubled = report.findings.filter((f) => f.ruleId === 'copy/formatting/doubled-word');
    expect(doubled).toHaveLength(COPY_MAX_FINDINGS_PER_RULE);
    const summary = doubled[COPY_MAX_FINDINGS_PER_RULE - 1];
    expect(summary?.evidence).toEqual({
      value: 599 - (COPY_MAX_FINDINGS_PER_RULE - 1),
      limit: 199,
      unit: 'more findings',
    });
    expect(summary?.message).toMatch(/^…and 400 more like this/);
    const huge = lintCopy('FREE '.repeat(50_000), { placement: 'amazon.bullet' });
    const last = huge.findings.filter((f) => f.ruleId === 'copy/formatting/doubled-word').at(-1);
    expect(last?.message).toMatch(/^…and at least 801 more/);
  });
});
