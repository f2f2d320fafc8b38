// Tests for the one placement catalog: former-name mapping, spec lookups, copy fields and public source URLs.
import { describe, expect, it } from 'vitest';
import {
  AD_PLACEMENT_IDS,
  AD_PLACEMENTS,
  adPlacementsForCopyField,
  lookupAdPlacement,
  PLACEMENT_IDS,
  placementAspects,
  sameAspect,
} from './index.js';

describe('former brief names map to one placement each', () => {
  it.each<[string, string]>([
    ['meta-feed', 'meta.feed'],
    ['meta-stories', 'meta.stories'],
    ['meta-reels', 'meta.reels'],
    ['tiktok-in-feed', 'tiktok.in-feed'],
    ['pinterest-standard', 'pinterest.standard'],
    ['amazon-sb-video', 'amazon.sponsored-brands'],
    ['amazon-search', 'amazon.listing'],
    ['amazon-sponsored-products', 'amazon.sponsored-products'],
    ['google-pmax', 'google.pmax'],
    ['google-demand-gen', 'google.demand-gen'],
    ['google-display', 'google.display'],
    ['google-search', 'google.search'],
    ['google-shopping', 'google.shopping'],
  ])('%s → %s', (alias, id) => {
    expect(lookupAdPlacement(alias)).toEqual({ placement: AD_PLACEMENTS[id as keyof typeof AD_PLACEMENTS], alias });
  });

  it('finds canonical ids without an alias, and nothing for unknown input', () => {
    expect(lookupAdPlacement('meta.feed')).toEqual({ placement: AD_PLACEMENTS['meta.feed'] });
    for (const id of ['billboard', 'toString', '__proto__', 42, undefined])
      expect(lookupAdPlacement(id)).toBeUndefined();
  });

  it('never gives one name to two placements', () => {
    const names = AD_PLACEMENT_IDS.flatMap((id) => [id, ...AD_PLACEMENTS[id].aliases]);
    expect(new Set(names).size).toBe(names.length);
  });
});

describe('spec lookups', () => {
  it.each<[string, 'image' | 'video' | undefined, string[]]>([
    ['meta.feed', 'image', ['1:1', '4:5', '1.91:1']],
    ['meta.stories', undefined, ['9:16']],
    ['tiktok.in-feed', 'video', ['9:16', '16:9', '1:1']],
    ['pinterest.standard', 'image', ['2:3']],
    ['google.demand-gen', 'image', ['1.91:1', '1:1', '4:5', '9:16']],
    ['amazon.listing', 'video', ['16:9']],
  ])('%s %s ratios', (id, media, ratios) => {
    expect(placementAspects(AD_PLACEMENTS[id as keyof typeof AD_PLACEMENTS], media).map((a) => a.ratio)).toEqual(
      ratios,
    );
  });

  it('holds the numbers QA checks', () => {
    expect(AD_PLACEMENTS['meta.feed'].image).toMatchObject({ aspectTolerance: 0.03, maxFileBytes: 30 * 1024 * 1024 });
    expect(AD_PLACEMENTS['meta.feed'].image?.aspects[0]).toEqual({
      ratio: '1:1',
      recommended: { width: 1080, height: 1080 },
      min: { width: 600, height: 600 },
    });
    expect(AD_PLACEMENTS['tiktok.in-feed'].video).toMatchObject({
      maxFileBytes: 500 * 1024 * 1024,
      durationSec: { min: 5, max: 60, recommendedMin: 9, recommendedMax: 15 },
    });
    expect(AD_PLACEMENTS['google.pmax'].image).toMatchObject({ aspectTolerance: 0.01, maxFileBytes: 5120 * 1024 });
    expect(AD_PLACEMENTS['amazon.sponsored-brands'].video?.durationSec).toEqual({ min: 6, max: 45 });
    expect(AD_PLACEMENTS['amazon.listing'].image).toMatchObject({
      maxFileBytes: 10 * 1024 * 1024,
      fileTypes: ['jpg', 'jpeg', 'png', 'tif', 'tiff', 'gif'],
    });
    expect(AD_PLACEMENTS['walmart.listing'].image?.aspects[0]?.min).toEqual({ width: 1500, height: 1500 });
    expect(AD_PLACEMENTS['pinterest.standard'].video?.durationSec).toMatchObject({ min: 4, max: 900 });
  });

  it('links copy fields to placements both ways', () => {
    expect(AD_PLACEMENTS['meta.feed'].copyFields).toEqual(['meta.primary-text', 'meta.headline', 'meta.description']);
    expect(adPlacementsForCopyField('meta.primary-text').map((p) => p.id)).toEqual([
      'meta.feed',
      'meta.stories',
      'meta.reels',
    ]);
    for (const id of AD_PLACEMENT_IDS)
      for (const field of AD_PLACEMENTS[id].copyFields) expect(PLACEMENT_IDS).toContain(field);
  });

  it('matches ratios within the tolerance given', () => {
    expect(sameAspect('1.9:1', '1.91:1', 0.01)).toBe(true);
    expect(sameAspect('1.87:1', '1.91:1', 0.01)).toBe(false);
    expect(sameAspect('1.87:1', '1.91:1', 0.03)).toBe(true);
    expect(sameAspect('x', '1:1')).toBe(false);
  });
});

describe('sources', () => {
  it.each(AD_PLACEMENT_IDS)('%s cites public URLs, not note ids', (id) => {
    const sources = AD_PLACEMENTS[id].sources;
    expect(sources.length).toBeGreaterThan(0);
    for (const s of sources) {
      expect(s.url).toMatch(/^https?:\/\/[a-z0-9.-]+\.[a-z]{2,}\//);
      expect(`${s.url} ${s.note}`).not.toMatch(/\bS\d+\b/);
    }
  });
});
