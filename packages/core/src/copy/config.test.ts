/** Tests for parseCopyConfig: valid config passes, each bad key becomes a finding naming it, nothing throws. */
import { describe, expect, it } from 'vitest';
import { CopyConfigSchema, parseCopyConfig } from './config.js';

describe('parseCopyConfig', () => {
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
    expect(parseCopyConfig(input).findings).toEqual([]);
    expect(CopyConfigSchema.safeParse(input).success).toBe(true);
  });
  it('names each bad key and keeps the good ones', () => {
    const { config, findings } = parseCopyConfig({
      brand: { name: '' },
      bannedWords: ['ok'],
      nope: true,
      customRules: [
        { kind: 'existence', id: 'Bad Id', tokens: ['x'] },
        { kind: 'required', id: 'ok', anyOf: ['y'] },
      ],
      requiredDisclaimers: [{ text: 'x', placements: ['amazon.nowhere'] }],
    });
    expect(findings.map((f) => f.field)).toEqual([
      'brand.name',
      'nope',
      'customRules.0.id',
      'requiredDisclaimers.0.placements.0',
    ]);
    expect(config.bannedWords).toEqual(['ok']);
    expect(config.customRules).toHaveLength(1);
    expect(config.brand).toBeUndefined();
  });
  it.each([null, undefined, 42, 'x', [], () => 1])('never throws on %p', (input) => {
    expect(() => parseCopyConfig(input)).not.toThrow();
  });
});
