// Tests for diffListings: field and bullet changes, and typed errors (never a TypeError) for inputs that are not Listings.
import { describe, expect, it } from 'vitest';
import { isRevloopError, type RevloopError } from '../engine/errors.js';
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

describe('diffListings input', () => {
  const ok = base({ title: 'Kettle' });
  it.each([
    ['null before', null, ok, 'before'],
    ['a string after', ok, 'kettle', 'after'],
    ['a number and undefined', 1, undefined, 'before after'],
    ['empty objects', {}, ok, 'before.marketplace before.url'],
    ['mistyped fields on both sides', { ...ok, bullets: 'a' }, { ...ok, images: [1] }, 'before.bullets after.images.0'],
  ])('%s throws listing/invalid-input naming each bad field', (_name, before, after, fields) => {
    let error: unknown;
    try {
      diffListings(before as Listing, after as Listing);
    } catch (e) {
      error = e;
    }
    expect(isRevloopError(error)).toBe(true);
    expect(error).toMatchObject({ code: 'listing/invalid-input' });
    expect((error as RevloopError).findings.map((f) => f.field).join(' ')).toBe(fields);
  });

  it('treats missing fields of an older snapshot as empty', () => {
    const { bullets: _b, breadcrumbs: _c, ...old } = base({ title: 'Kettle' });
    const diff = diffListings(old as Listing, base({ title: 'Kettle', bullets: ['New'] }));
    expect(diff.changes).toEqual([{ field: 'bullets.0', kind: 'added', before: null, after: 'New' }]);
  });
});
