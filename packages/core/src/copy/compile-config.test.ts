/** Tests for the copy config verbs: resolveCopyConfig never throws, parseCopyConfig throws every bad path. */
import { describe, expect, it } from 'vitest';
import { isRevloopError, type RevloopError } from '../engine/errors.js';
import { parseCopyConfig, resolveCopyConfig } from './compile-config.js';
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
