/** Tests for the placements catalog: exact ids, a source for every entry, sane limits. */
import { describe, expect, it } from 'vitest';
import { getPlacement, PLACEMENT_IDS, placements } from './placements.js';

describe('placements', () => {
  it('has exactly the issue ids', () => {
    expect(Object.keys(placements).sort()).toEqual([...PLACEMENT_IDS].sort());
    expect(PLACEMENT_IDS).toHaveLength(24);
  });
  it.each(PLACEMENT_IDS)('%s is well-formed', (id) => {
    const p = placements[id];
    expect(p.id).toBe(id);
    expect(p.source.length).toBeGreaterThan(10);
    if (p.softLimit !== undefined && p.hardLimit !== undefined) expect(p.softLimit).toBeLessThanOrEqual(p.hardLimit);
  });
  it('key numbers', () => {
    expect(placements['amazon.title']).toMatchObject({ hardLimit: 200, truncateAt: 80 });
    expect(placements['amazon.search-terms']).toMatchObject({ unit: 'bytes', hardLimit: 249 });
    expect(placements['google-ads.headline']).toMatchObject({ hardLimit: 30, wideCountsDouble: true });
    expect(placements['sms.message'].unit).toBe('segments');
  });
  it('getPlacement rejects unknown ids without throwing', () => {
    expect(getPlacement('nope')).toBeUndefined();
    expect(getPlacement(42)).toBeUndefined();
    expect(getPlacement('toString')).toBeUndefined();
  });
});
