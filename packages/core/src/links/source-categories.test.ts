/** Tests for the GA4 source-category map: Google's sheet plus the newer social sources. */
import { describe, expect, it } from 'vitest';
import { campaignSourceCategory, campaignSourceCategoryMap } from './source-categories.js';

describe('source categories', () => {
  it('holds the 819 published sources plus the additions', () => {
    const counts = { search: 0, shopping: 0, social: 0, video: 0 };
    for (const c of campaignSourceCategoryMap().values()) counts[c]++;
    expect(counts).toEqual({ search: 129, shopping: 52, social: 598, video: 46 });
  });

  it.each([
    ['google', 'search'],
    ['Google Shopping', 'shopping'],
    ['IGShopping', 'shopping'],
    ['youtube.com', 'video'],
    ['t.co', 'social'],
    ['x.com', 'social'],
    ['threads.net', 'social'],
    ['example.org', undefined],
  ])('%s → %s', (source, category) => expect(campaignSourceCategory(source)).toBe(category));
});
