import { describe, expect, it } from 'vitest';
import { diffListings } from './diff-listings.js';
import { emptyListing, type Listing } from './listing-schema.js';

const base = (over: Partial<Listing>): Listing => ({
  ...emptyListing('https://www.amazon.com/dp/B0TEST0001', 'amazon'),
  ...over,
});

describe('diffListings', () => {
  it('reports nothing for identical snapshots', () => {
    const a = base({ title: 'Kettle', bullets: ['a', 'b'] });
    expect(diffListings(a, structuredClone(a))).toEqual({
      changed: false,
      changes: [],
      bullets: { added: [], removed: [], edited: [] },
    });
  });

  it('reports title, bullets, images, price, rating and review changes', () => {
    const before = base({
      title: 'Kettle 1.7 L',
      bullets: ['Boils fast', 'Auto shut-off', 'Cordless'],
      images: [{ url: 'a.jpg' }, { url: 'b.jpg' }],
      price: { amount: 39.99, currency: 'USD' },
      rating: 4.4,
      reviewCount: 120,
    });
    const after = base({
      title: 'Kettle 1.7 L, Steel',
      bullets: ['Boils in 3 minutes', 'Auto shut-off', 'Cordless', 'BPA free'],
      images: [{ url: 'a.jpg' }],
      price: { amount: 34.99, currency: 'USD' },
      rating: 4.5,
      reviewCount: null,
    });
    const diff = diffListings(before, after);
    expect(diff.changed).toBe(true);
    expect(diff.changes).toEqual([
      { field: 'title', kind: 'changed', before: 'Kettle 1.7 L', after: 'Kettle 1.7 L, Steel' },
      { field: 'bullets.0', kind: 'edited', before: 'Boils fast', after: 'Boils in 3 minutes' },
      { field: 'bullets.3', kind: 'added', before: null, after: 'BPA free' },
      { field: 'images.count', kind: 'changed', before: 2, after: 1 },
      {
        field: 'price',
        kind: 'changed',
        before: { amount: 39.99, currency: 'USD' },
        after: { amount: 34.99, currency: 'USD' },
      },
      { field: 'rating', kind: 'changed', before: 4.4, after: 4.5 },
      { field: 'reviewCount', kind: 'removed', before: 120, after: null },
    ]);
    expect(diff.bullets).toEqual({
      added: ['BPA free'],
      removed: [],
      edited: [{ index: 0, before: 'Boils fast', after: 'Boils in 3 minutes' }],
    });
  });

  it('treats a moved bullet as no change and a dropped one as removed', () => {
    const diff = diffListings(base({ bullets: ['a', 'b', 'c'] }), base({ bullets: ['b', 'a'] }));
    expect(diff.changes).toEqual([{ field: 'bullets.2', kind: 'removed', before: 'c', after: null }]);
  });
});
