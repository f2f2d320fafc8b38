import { describe, expect, it } from 'vitest';
import { LISTING_THRESHOLD_SOURCES, LISTING_THRESHOLDS, resolveListingThresholds } from './thresholds.js';

describe('listing thresholds', () => {
  it('merges overrides over the defaults', () => {
    const t = resolveListingThresholds({ amazon: { titleMaxChars: 150 } });
    expect(t.amazon.titleMaxChars).toBe(150);
    expect(t.amazon.zoomMinPx).toBe(1000);
    expect(resolveListingThresholds()).toEqual(LISTING_THRESHOLDS);
  });

  it('rejects unknown keys and bad values with the path', () => {
    expect(() => resolveListingThresholds({ seo: { titleMaxChars: -5 } })).toThrow(/titleMaxChars/);
    expect(() => resolveListingThresholds({ walmart: { imageCount: 3 } as never })).toThrow(/imageCount/);
  });

  it('gives a source for every default', () => {
    for (const group of Object.keys(LISTING_THRESHOLDS) as (keyof typeof LISTING_THRESHOLDS)[]) {
      expect(Object.keys(LISTING_THRESHOLD_SOURCES[group]).sort()).toEqual(
        Object.keys(LISTING_THRESHOLDS[group]).sort(),
      );
    }
  });
});
