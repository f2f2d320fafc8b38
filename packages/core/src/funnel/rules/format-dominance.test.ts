import { describe, expect, it } from 'vitest';
import { formatDominance } from './format-dominance.js';
import { many, runFunnelRule } from './harness.js';

const fields = (fs: { field?: string; severity: string }[]) => fs.map((f) => [f.field, f.severity]);

describe('funnel/format-dominance', () => {
  it.each<[string, unknown, [string, string][]]>([
    ['half and half', [...many(5, 'static-image-ad', 'decision'), ...many(5, 'video-ad', 'decision')], []],
    ['too few assets to judge', many(9, 'static-image-ad', 'decision'), []],
    [
      '90% static',
      [...many(9, 'static-image-ad', 'discovery'), ...many(1, 'video-ad', 'discovery')],
      [['formats.static-image', 'warning']],
    ],
    [
      'an explicit format wins over the type default',
      many(12, 'promo-asset').map((a, i) => ({ ...a, format: i < 10 ? 'email' : 'sms' })),
      [['formats.email', 'warning']],
    ],
  ])('%s', (_name, assets, expected) => {
    expect(fields(runFunnelRule(formatDominance, assets))).toEqual(expected);
  });

  it('names static images and takes a limit', () => {
    const assets = [...many(7, 'static-image-ad', 'decision'), ...many(3, 'video-ad', 'decision')];
    const [f] = runFunnelRule(formatDominance, assets);
    expect(f?.message).toBe(
      '"static-image" is 70% of 10 assets, above the 50% limit. Static images dominate; add video and interactive formats.',
    );
    expect(runFunnelRule(formatDominance, assets, { maxShare: 0.75 })).toEqual([]);
  });
});
