/** Tests for the CopyConfig schema and its key-by-key reading: each bad key becomes a finding naming it. */
import { describe, expect, it } from 'vitest';
import { CopyConfigSchema, resolveCopyConfigKeys } from './config.js';

describe('resolveCopyConfigKeys', () => {
  it('accepts a full config', () => {
    const input = {
      brand: { name: 'Acme', variants: ['ACME'] },
      bannedWords: ['cheap', { word: 'hack', suggest: 'tip' }],
      substitutions: [{ use: 'email', insteadOf: ['e-mail'] }],
      requiredDisclaimers: [{ text: 'Terms apply.', placements: ['meta.primary-text'] }],
      substantiatedClaims: ['#1', { claim: 'clinically proven', evidence: 'Study 12' }],
      customRules: [{ kind: 'existence', id: 'no-x', tokens: ['x'] }],
      extends: 'copy:strict',
      rules: { 'copy/claims/new-claim': 'off' },
    };
    expect(resolveCopyConfigKeys(input)).toEqual({ config: CopyConfigSchema.parse(input), findings: [] });
  });

  it('names each bad key and keeps the good ones', () => {
    const { config, findings } = resolveCopyConfigKeys({
      brand: { name: '' },
      bannedWords: ['ok'],
      nope: true,
      customRules: [
        { kind: 'existence', id: 'Bad Id', tokens: ['x'] },
        { kind: 'required', id: 'ok', anyOf: ['y'] },
      ],
      requiredDisclaimers: [{ text: 'x', placements: ['amazon.nowhere'] }],
    });
    expect(findings.map((f) => [f.ruleId, f.field])).toEqual([
      ['config/invalid', 'brand.name'],
      ['config/invalid', 'nope'],
      ['config/invalid', 'customRules.0.id'],
      ['config/invalid', 'requiredDisclaimers.0.placements.0'],
    ]);
    expect(config).toEqual({ bannedWords: ['ok'], customRules: [{ kind: 'required', id: 'ok', anyOf: ['y'] }] });
  });

  it.each([
    ['undefined', undefined, []],
    ['null', null, []],
    ['a number', 42, ['(root)']],
    ['a string', 'x', ['(root)']],
    ['an array', [], ['(root)']],
    ['a function', () => 1, ['(root)']],
  ])('reads %s as an empty config, reporting %j', (_name, input, fields) => {
    const { config, findings } = resolveCopyConfigKeys(input);
    expect(config).toEqual({});
    expect(findings.map((f) => f.field)).toEqual(fields);
  });
});
