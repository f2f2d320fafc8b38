// Table test for listing/core/not-enough-content: a page with fewer than half of its marketplace's essential facts is an error naming them.
import { describe, expect, it } from 'vitest';
import { isRevloopError } from '../../../engine/errors.js';
import { ruleTable } from '../../../test-support/rule-table.js';
import { listingExampleContext } from '../context.js';
import { listingCoreNotEnoughContent, listingEssentials } from './not-enough-content.js';

const price = { amount: 39.99, currency: 'USD' };
const images = [{ url: 'https://x.test/a.jpg' }];

ruleTable(listingCoreNotEnoughContent, {
  context: listingExampleContext,
  pin: ['severity', 'field', 'range', 'target', 'fix', 'evidence'],
  pass: [
    ['Amazon: 3 of 6 (half)', { marketplace: 'amazon', title: 'Kettle', price, ids: { asin: 'B0TEST0001' } }],
    [
      'Walmart: everything',
      {
        marketplace: 'walmart',
        title: 'Kettle',
        price,
        images,
        bullets: ['a'],
        description: 'd',
        ids: { itemId: '1' },
      },
    ],
    ['store: 3 of 5', { title: 'Mug', price, structuredData: { jsonLd: [{ '@type': 'Product' }] } }],
    [
      'A+ stands in for the description',
      { marketplace: 'amazon', title: 'Kettle', hasAPlus: true, ids: { asin: 'B0TEST0001' } },
    ],
  ],
  fail: [
    [
      'Amazon: only a title',
      { marketplace: 'amazon', title: 'Steel Kettle 1.7 L' },
      [
        {
          severity: 'error',
          field: 'price',
          evidence: {
            text: 'price, images, description, feature bullets, ASIN',
            value: 1,
            limit: 3,
            unit: 'essential facts',
          },
        },
      ],
    ],
    [
      'Walmart: title and item id',
      { marketplace: 'walmart', title: 'Kettle', ids: { itemId: '123' } },
      [
        {
          severity: 'error',
          field: 'price',
          evidence: { text: 'price, images, description, key features', value: 2, limit: 3, unit: 'essential facts' },
        },
      ],
    ],
    [
      'store home page: a title and images, no price or Product markup',
      { marketplace: 'generic', title: "Today's deals", images },
      [
        {
          severity: 'error',
          field: 'price',
          evidence: {
            text: 'price, description, Product structured data',
            value: 2,
            limit: 3,
            unit: 'essential facts',
          },
        },
      ],
    ],
    [
      'empty page: a blank title does not count',
      { marketplace: 'shopify', title: '   ' },
      [
        {
          severity: 'error',
          field: 'title',
          evidence: {
            text: 'title, price, images, description, Product structured data',
            value: 0,
            limit: 3,
            unit: 'essential facts',
          },
        },
      ],
    ],
  ],
});

describe('listingEssentials input', () => {
  it.each([
    ['undefined', undefined, 'listing'],
    ['null', null, 'listing'],
    ['a string', 'https://x.test/p', 'listing'],
    ['a null-prototype object', Object.create(null), 'listing.marketplace'],
    [
      'an infinite title',
      { marketplace: 'amazon', url: 'https://x.test/p', title: Number.POSITIVE_INFINITY },
      'listing.title',
    ],
    [
      'bullets that are not an array',
      { marketplace: 'amazon', url: 'https://x.test/p', bullets: 'a' },
      'listing.bullets',
    ],
  ])('%s is a listing/invalid-input RevloopError naming %s', (_, listing, field) => {
    let error: unknown;
    try {
      listingEssentials(listing as never);
    } catch (e) {
      error = e;
    }
    expect(isRevloopError(error)).toBe(true);
    expect(error).toMatchObject({ code: 'listing/invalid-input' });
    expect((error as { findings: { field: string }[] }).findings[0]?.field).toBe(field);
  });

  it('fills in missing fields, as auditListing does', () => {
    expect(listingEssentials({ marketplace: 'walmart', url: 'https://x.test/p', title: 'Kettle' } as never)).toEqual([
      { fact: 'title', field: 'title', present: true },
      { fact: 'price', field: 'price', present: false },
      { fact: 'images', field: 'images', present: false },
      { fact: 'description', field: 'description', present: false },
      { fact: 'key features', field: 'bullets', present: false },
      { fact: 'item id', field: 'ids.itemId', present: false },
    ]);
  });
});
