// Tests for the brief's placementAspects: ratios per media as the catalog lists them, and typed errors for bad input.
import { describe, expect, it } from 'vitest';
import { invalidInputTable } from '../engine/invalid-input-table.js';
import { AD_PLACEMENTS, placementAspects } from './placements.js';

describe('placementAspects', () => {
  const reels = AD_PLACEMENTS['meta.reels'];

  it('lists the ratios of one media, or of both without repeats when media is absent or null', () => {
    expect(placementAspects(reels, 'video').map((a) => a.ratio)).toEqual(['9:16']);
    expect(placementAspects(reels).map((a) => a.ratio)).toEqual(
      placementAspects(reels, null as never).map((a) => a.ratio),
    );
  });

  invalidInputTable('brief', [
    ['no placement', () => (placementAspects as () => unknown)(), 'placement'],
    ['a placement id instead of the placement', () => placementAspects('meta.reels' as never), 'placement'],
    ['an image spec that is a string', () => placementAspects({ ...reels, image: 'jpg' } as never), 'placement.image'],
    [
      'aspects that are not a list',
      () => placementAspects({ ...reels, video: { aspects: 5 } } as never),
      'placement.video',
    ],
    ['an unknown media', () => placementAspects(reels, 'audio' as never), 'media'],
  ]);
});
