// Tests for listing thresholds: resolve drops only bad settings with a finding per path, parse is strict and typed.
import { describe, expect, it } from 'vitest';
import { isRevloopError } from '../engine/errors.js';
import {
  LISTING_THRESHOLD_SOURCES,
  LISTING_THRESHOLDS,
  parseListingThresholds,
  resolveListingThresholds,
} from './thresholds.js';

describe('resolveListingThresholds', () => {
  it('merges overrides over the defaults', () => {
    const { value, findings } = resolveListingThresholds({ amazon: { titleMaxChars: 150 } });
    expect(findings).toEqual([]);
    expect(value.amazon.titleMaxChars).toBe(150);
    expect(value.amazon.zoomMinPx).toBe(1000);
    expect(resolveListingThresholds()).toEqual({ value: LISTING_THRESHOLDS, findings: [] });
    expect(resolveListingThresholds(null)).toEqual({ value: LISTING_THRESHOLDS, findings: [] });
  });

  it('never throws: each bad path is one config/invalid finding, and only that setting is dropped', () => {
    const { value, findings } = resolveListingThresholds({
      amazon: { titleMaxChars: -1, imageMinCount: 9 },
      walmart: { imageCount: 3, keyFeatureMinCount: 4 },
      seo: { titleMaxChars: 'long' },
      ebay: {},
    });
    expect(findings.map((f) => [f.ruleId, f.severity, f.field])).toEqual([
      ['config/invalid', 'error', 'amazon.titleMaxChars'],
      ['config/invalid', 'error', 'walmart.imageCount'],
      ['config/invalid', 'error', 'seo.titleMaxChars'],
      ['config/invalid', 'error', 'ebay'],
    ]);
    // The valid settings next to the bad ones still apply; the bad ones keep their defaults.
    expect(value.amazon).toMatchObject({ titleMaxChars: 200, imageMinCount: 9 });
    expect(value.walmart.keyFeatureMinCount).toBe(4);
    expect(value.seo.titleMaxChars).toBe(60);
  });

  it('prefixes paths, and reports non-object input and groups without throwing', () => {
    expect(resolveListingThresholds({ amazon: { zoomMinPx: 1.5 } }, 'thresholds').findings[0]?.field).toBe(
      'thresholds.amazon.zoomMinPx',
    );
    for (const [input, field] of [
      ['strict', 'thresholds'],
      [[1, 2], 'thresholds'],
      [{ amazon: 5 }, 'thresholds.amazon'],
    ] as const) {
      const { value, findings } = resolveListingThresholds(input, 'thresholds');
      expect(value).toEqual(LISTING_THRESHOLDS);
      expect(findings.map((f) => f.field)).toEqual([field]);
    }
    expect(resolveListingThresholds(42).findings[0]?.field).toBe('(root)');
  });

  it('does not let a prototype key through', () => {
    const { value, findings } = resolveListingThresholds(JSON.parse('{"__proto__":{"x":1},"amazon":{"toString":1}}'));
    expect(findings.map((f) => f.field).sort()).toEqual(['__proto__', 'amazon.toString']);
    expect(value).toEqual(LISTING_THRESHOLDS);
  });
});

describe('parseListingThresholds', () => {
  it('returns the merged thresholds when everything is valid', () => {
    expect(parseListingThresholds({ seo: { altMaxChars: 100 } }).seo.altMaxChars).toBe(100);
  });

  it('throws a config/invalid RevloopError whose findings name every bad path', () => {
    let error: unknown;
    try {
      parseListingThresholds({ seo: { titleMaxChars: -5 }, walmart: { imageCount: 3 } });
    } catch (e) {
      error = e;
    }
    expect(isRevloopError(error)).toBe(true);
    expect(error).toMatchObject({ code: 'config/invalid' });
    expect((error as { findings: { field: string }[] }).findings.map((f) => f.field)).toEqual([
      'seo.titleMaxChars',
      'walmart.imageCount',
    ]);
  });
});

describe('threshold sources', () => {
  it('gives a source for every default', () => {
    for (const group of Object.keys(LISTING_THRESHOLDS) as (keyof typeof LISTING_THRESHOLDS)[]) {
      expect(Object.keys(LISTING_THRESHOLD_SOURCES[group]).sort()).toEqual(
        Object.keys(LISTING_THRESHOLDS[group]).sort(),
      );
    }
  });
});

describe('threshold prefix', () => {
  it.each([
    ['an array', [Object.create(null)]],
    ['a null-prototype object', Object.create(null)],
    ['a number', 1],
    ['null', null],
  ])('%s is a config/invalid finding, never a throw; paths go unprefixed', (_, prefix) => {
    const { value, findings } = resolveListingThresholds({ amazon: { titleMaxChars: 'x' } }, prefix as never);
    expect(findings.map((f) => [f.ruleId, f.field])).toEqual([
      ['config/invalid', '(prefix)'],
      ['config/invalid', 'amazon.titleMaxChars'],
    ]);
    expect(value).toEqual(LISTING_THRESHOLDS);
    expect(resolveListingThresholds(undefined, prefix as never).findings.map((f) => f.field)).toEqual(['(prefix)']);
    let error: unknown;
    try {
      parseListingThresholds('http://a.aa', prefix as never);
    } catch (e) {
      error = e;
    }
    expect(isRevloopError(error)).toBe(true);
    expect(error).toMatchObject({ code: 'config/invalid', findings: [{ field: '(prefix)' }, { field: '(root)' }] });
  });
});

describe('LISTING_THRESHOLD_SOURCES', () => {
  const entries = Object.entries(LISTING_THRESHOLD_SOURCES).flatMap(([group, keys]) =>
    Object.entries(keys).map(([key, source]): [string, string] => [`${group}.${key}`, source]),
  );
  it.each(entries)('%s cites a public URL, not a research-note id', (_, source) => {
    expect(source).toMatch(/https:\/\/\S+/);
    expect(source).not.toMatch(/\[(O|3P)\]/);
    // A bare Seller Central id (200390640, GNRP6DDJV79DUHRD) only appears inside a URL.
    for (const id of source.match(/\b(?:\d{9}|[A-Z0-9]{15,16})\b/g) ?? []) {
      const inUrl = (source.match(/https:\/\/\S+/g) ?? []).some((url) => url.includes(id));
      expect(inUrl, `${id} without its URL`).toBe(true);
    }
  });
});
