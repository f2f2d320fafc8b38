import { describe, expect, it } from 'vitest';
import { runFunnelRule } from './harness.js';
import { untaggedAssets } from './untagged-assets.js';

const fields = (fs: { field?: string; severity: string }[]) => fs.map((f) => [f.field, f.severity]);

describe('funnel/untagged-assets', () => {
  it.each<[string, unknown, [string, string][]]>([
    ['all usable', [{ contentType: 'pdp' }, { contentType: 'video-ad', stage: 'decision' }], []],
    ['not an array', 'assets', []],
    [
      'unknown type, multi-stage without stage, junk',
      [{ contentType: 'podcast' }, { contentType: 'video-ad' }, null, 7, { contentType: 'pdp', stage: 'awareness' }],
      [['assets', 'warning']],
    ],
  ])('%s', (_name, assets, expected) => {
    expect(fields(runFunnelRule(untaggedAssets, assets))).toEqual(expected);
  });

  it('counts and points at the skipped assets', () => {
    const [f] = runFunnelRule(untaggedAssets, [{ contentType: 'pdp' }, { contentType: 'podcast' }, null]);
    expect(f?.evidence).toEqual({ value: 2, unit: 'assets' });
    expect(f?.message).toBe(
      '2 asset(s) were left out (first at index 1, 2): give each a known contentType and, for multi-stage types, a stage.',
    );
  });
});
