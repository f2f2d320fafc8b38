// Tests for engine config: bad keys named, presets, options, renamed rules, ConfigError and bad rules or presets.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ConfigError, parseEngineConfig, resolveEngineConfig } from './config.js';
import { isRevloopError } from './errors.js';
import { invalidInputTable } from './invalid-input-table.js';
import { defineRule } from './rule.js';

const meta = { summary: 'x', rationale: 'x', source: 'x', examples: { valid: [], invalid: [] } };
const a = defineRule<string, { max: number }>({
  id: 'p/a',
  category: 'c',
  severity: 'warning',
  meta,
  optionsSchema: z.object({ max: z.number().int().positive() }).strict(),
  defaultOptions: { max: 3 },
  check: () => [],
});
const b = defineRule<string>({ id: 'p/b', category: 'c', severity: 'info', meta, check: () => [] });
const presets = { strict: { rules: { 'p/b': 'error' as const } }, quiet: { rules: { 'p/a': 'off' as const } } };

describe('resolveEngineConfig', () => {
  it.each([
    [{ rules: { 'p/a': { severity: 'loud' } } }, 'rules.p/a.severity'],
    [{ rule: {} }, 'rule'],
    [{ rules: { 'p/a': { options: { max: -1 } } } }, 'rules.p/a.options.max'],
    [{ rules: { 'p/a': { options: { max: 2, min: 1 } } } }, 'rules.p/a.options.min'],
    [{ extends: 'nope' }, 'extends'],
    ['not an object', '(root)'],
  ])('names the bad key of %j', (input, field) => {
    const { findings } = resolveEngineConfig([a, b], input, presets);
    expect(findings.map((f) => f.field)).toContain(field);
  });

  it('warns on unknown rules but keeps the rest', () => {
    const { config, findings } = resolveEngineConfig([a, b], { rules: { 'p/zzz': 'off', 'p/b': 'error' } });
    expect(findings).toMatchObject([{ severity: 'warning', field: 'rules.p/zzz' }]);
    expect(config.rules.find((r) => r.rule.id === 'p/b')?.severity).toBe('error');
  });

  it('applies presets in order, then local rules', () => {
    const { config } = resolveEngineConfig(
      [a, b],
      { extends: ['strict', 'quiet'], rules: { 'p/b': 'warning' } },
      presets,
    );
    expect(config.rules.map((r) => [r.rule.id, r.severity])).toEqual([['p/b', 'warning']]);
  });

  it('merges options over defaults', () => {
    const { config } = resolveEngineConfig([a], { rules: { 'p/a': { options: { max: 9 }, weight: 2 } } });
    expect(config.rules[0]).toMatchObject({ options: { max: 9 }, weight: 2 });
    expect(config.weights['p/a']).toBe(2);
  });

  it('parseEngineConfig throws a typed ConfigError listing the bad keys', () => {
    expect(() => parseEngineConfig([a], { rules: { 'p/a': { colour: 'red' } } })).toThrow(ConfigError);
    try {
      parseEngineConfig([a], { rules: { 'p/a': { colour: 'red' } } });
    } catch (error) {
      expect((error as ConfigError).findings[0]?.field).toBe('rules.p/a.colour');
    }
  });

  it("accepts a renamed rule's old id, applies it to the new id and says so", () => {
    const renamedRule = { ...a, id: 'p/new-a', aliases: ['p/a'] };
    const { config, findings } = resolveEngineConfig([renamedRule, b], { rules: { 'p/a': 'off' } });
    expect(config.rules.map((r) => r.rule.id)).toEqual(['p/b']);
    expect(findings).toMatchObject([{ ruleId: 'config/invalid', severity: 'info', field: 'rules.p/a' }]);
  });

  it('lets the new id win when both the old and the new id are set', () => {
    const renamedRule = { ...a, id: 'p/new-a', aliases: ['p/a'] };
    const { config } = resolveEngineConfig([renamedRule], { rules: { 'p/a': 'off', 'p/new-a': 'error' } });
    expect(config.rules.map((r) => [r.rule.id, r.severity])).toEqual([['p/new-a', 'error']]);
  });

  it('ConfigError is a RevloopError with the config/invalid code', () => {
    try {
      parseEngineConfig([a], { rules: { 'p/a': { colour: 'red' } } });
      expect.unreachable();
    } catch (error) {
      expect(isRevloopError(error)).toBe(true);
      expect((error as ConfigError).code).toBe('config/invalid');
    }
  });
});

describe('resolveEngineConfig and parseEngineConfig: bad input', () => {
  it('treats null presets as none and a prototype key as an unknown preset', () => {
    expect(resolveEngineConfig([a], {}, null as never).findings).toEqual([]);
    const { findings } = resolveEngineConfig([a], { extends: 'constructor' }, presets);
    expect(findings.map((f) => [f.field, f.message.slice(0, 28)])).toEqual([
      ['extends', 'Unknown preset "constructor"'],
    ]);
  });

  for (const [name, fn] of [
    ['resolveEngineConfig', resolveEngineConfig],
    ['parseEngineConfig', parseEngineConfig],
  ] as const) {
    describe(name, () => {
      invalidInputTable('engine', [
        ['no rules', () => (fn as () => unknown)(), 'rules'],
        ['rules as NaN', () => fn(Number.NaN as never, {}), 'rules'],
        ['a null rule', () => fn([a, null] as never, {}), 'rules.1'],
        ['a rule without check', () => fn([{ ...b, check: undefined }] as never, {}), 'rules.0.check'],
        ['a rule with an unknown severity', () => fn([{ ...b, severity: 'loud' }] as never, {}), 'rules.0.severity'],
        [
          'a rule whose options schema is not one',
          () => fn([{ ...a, optionsSchema: {} }] as never, {}),
          'rules.0.optionsSchema',
        ],
        ['presets as a string', () => fn([a], {}, 'strict' as never), 'presets'],
        ['a preset that is not an object', () => fn([a], { extends: 'x' }, { x: 5 } as never), 'presets.x'],
        [
          'a bad preset setting',
          () => fn([a], { extends: 'x' }, { x: { rules: { 'p/a': 'loud' } } } as never),
          'presets.x.rules.p/a',
        ],
      ]);
    });
  }
});
