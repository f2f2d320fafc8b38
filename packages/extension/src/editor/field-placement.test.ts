/** Field placement: user remapping by field key, unknown placements ignored, role defaults. */
import { describe, expect, it } from 'vitest';
import { placementForField, ROLE_PLACEMENTS } from './field-placement.js';

const catalog = new Set(['seo.title', 'seo.meta-description', 'amazon.title', 'generic']);
const isKnown = (id: string) => catalog.has(id);

describe('placementForField', () => {
  it.each([
    ['product-title', 'seo.title'],
    ['seo-title', 'seo.title'],
    ['seo-description', 'seo.meta-description'],
    ['post-excerpt', 'seo.meta-description'],
    ['product-description', 'generic'],
    ['post-body', 'generic'],
    ['generic', 'generic'],
  ] as const)('maps %s to %s by default', (role, expected) => {
    expect(placementForField({ key: `x.${role}`, role }, {}, isKnown)).toBe(expected);
  });

  it('lets the user remap a field by key', () => {
    const field = { key: 'shopify.product.title', role: 'product-title' } as const;
    expect(placementForField(field, { 'shopify.product.title': 'amazon.title' }, isKnown)).toBe('amazon.title');
  });

  it('ignores a mapping to a placement the catalog does not know', () => {
    const field = { key: 'shopify.product.title', role: 'product-title' } as const;
    expect(placementForField(field, { 'shopify.product.title': 'nope.nothing' }, isKnown)).toBe('seo.title');
  });

  it('returns undefined when no candidate is known', () => {
    expect(placementForField({ key: 'k', role: 'seo-title' }, {}, () => false)).toBeUndefined();
  });

  it('has at least one candidate for every role', () => {
    for (const list of Object.values(ROLE_PLACEMENTS)) expect(list.length).toBeGreaterThan(0);
  });
});
