// Tests for the listing copy bridge: placements per marketplace, one lintCopy call per field, field and category mapping.
import { describe, expect, it } from 'vitest';
import { emptyListing } from '../../listing-schema.js';
import { listingCategoryOf, listingCopyFindings, listingCopyPlacements } from './copy-bridge.js';

describe('copy bridge', () => {
  it('uses the marketplace placement ids for each field', () => {
    expect(listingCopyPlacements('amazon')).toEqual({
      title: 'amazon.title',
      bullet: 'amazon.bullet',
      description: 'amazon.description',
    });
    expect(listingCopyPlacements('walmart')).toEqual({
      title: 'walmart.title',
      bullet: 'walmart.key-feature',
      description: 'walmart.description',
    });
    expect(listingCopyPlacements('shopify').title).toBe('generic');
  });

  it('calls lintCopy once per text field with its placement', () => {
    const calls: [string, string | undefined][] = [];
    const listing = {
      ...emptyListing('https://www.walmart.com/ip/1', 'walmart'),
      title: 'T',
      bullets: ['a', 'b'],
      description: null,
    };
    listingCopyFindings(listing, {
      lintCopy: (text, options) => {
        calls.push([text, options.placement]);
        return { score: 100, findings: [], counts: { error: 0, warning: 0, info: 0 }, penalties: [], rulesRun: 0 };
      },
    });
    expect(calls).toEqual([
      ['T', 'walmart.title'],
      ['a', 'walmart.key-feature'],
      ['b', 'walmart.key-feature'],
    ]);
  });

  it('runs the real copy module on listing text and names the field', () => {
    const listing = {
      ...emptyListing('https://www.amazon.com/dp/B0TEST0001', 'amazon'),
      bullets: ['Lorem ipsum dolor sit amet'],
    };
    const findings = listingCopyFindings(listing);
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((f) => f.field === 'bullets.0')).toBe(true);
  });

  it.each([
    [{ category: 'claims', field: 'title' }, 'policy'],
    [{ category: 'placeholders', field: 'bullets.1' }, 'policy'],
    [{ category: 'readability', field: 'description' }, 'description'],
    [{ category: 'ai-tells', field: 'bullets.3' }, 'bullets'],
    [{ category: 'media', field: 'images.0' }, 'media'],
    [{ category: 'config', field: 'rules.x' }, undefined],
  ])('listingCategoryOf(%j) = %s', (finding, category) => {
    expect(listingCategoryOf(finding)).toBe(category);
  });
});
