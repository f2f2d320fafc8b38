// Table tests for history keys: own-site scoping, and which canonicals count as the same site.
import { emptyListing, type Listing } from '@revloop/core/listing';
import { describe, expect, it } from 'vitest';
import { parseToBackground } from '../messages/to-background.js';
import { isSameSite, listingKey, MAX_KEY_LENGTH, siteHost, trustedCanonical } from './listing-key.js';

const listing = (url: string, over: Partial<Listing> = {}, canonical: string | null = null): Listing => {
  const base = emptyListing(url, over.marketplace ?? 'generic');
  return { ...base, ...over, seo: { ...base.seo, canonical } };
};

describe('siteHost', () => {
  it.each([
    ['https://www.amazon.com/dp/x', 'amazon.com'],
    ['https://m.amazon.com/dp/x', 'amazon.com'],
    ['https://smile.amazon.com/dp/x', 'amazon.com'],
    ['https://amazon.com/dp/x', 'amazon.com'],
    ['https://WWW.Example.COM./p', 'example.com'],
    ['https://shop.example.com/p', 'shop.example.com'],
    ['https://www.com/', 'www.com'],
    ['https://www.example.com:8443/', 'example.com:8443'],
    ['http://127.0.0.1:9000/', '127.0.0.1:9000'],
  ])('%s → %s', (url, host) => {
    expect(siteHost(new URL(url))).toBe(host);
  });
});

describe('isSameSite / trustedCanonical', () => {
  it.each([
    // [page, canonical, accepted]
    ['https://www.example.com/p/1', 'https://www.example.com/p/1', true],
    ['https://www.example.com/p/1?ref=x', '/p/1', true],
    ['https://m.example.com/p/1', 'https://www.example.com/p/1', true],
    ['https://www.example.com/p/1', 'https://example.com/p/1', true],
    ['https://m.amazon.com/dp/B0', 'https://www.amazon.com/dp/B0', true],
    ['https://smile.amazon.com/dp/B0', 'https://www.amazon.com/dp/B0', true],
    ['http://www.example.com/p/1', 'https://www.example.com/p/1', true],
    ['https://evil.com/dp/B0', 'https://www.amazon.com/dp/B0', false],
    ['https://amazon.com.evil.com/dp/B0', 'https://www.amazon.com/dp/B0', false],
    ['https://www.amazon.com/dp/B0', 'https://www.amazon.co.uk/dp/B0', false],
    ['https://shop.example.com/p', 'https://blog.example.com/p', false],
    ['https://www.example.com/p', 'https://www.example.com:8443/p', false],
    ['https://www.example.com/p', 'javascript:alert(1)', false],
    ['https://www.example.com/p', 'ftp://www.example.com/p', false],
    ['https://www.example.com/p', 'http://[::1', false],
  ])('page %s, canonical %s → %s', (page, canonical, accepted) => {
    expect(trustedCanonical(canonical, new URL(page)) !== null).toBe(accepted);
  });

  it('is symmetric for alias labels', () => {
    const a = new URL('https://www.amazon.com/');
    const b = new URL('https://m.amazon.com/');
    expect(isSameSite(a, b)).toBe(true);
    expect(isSameSite(b, a)).toBe(true);
  });
});

describe('listingKey', () => {
  it.each([
    [
      'marketplace id, prefixed with the site',
      listing('https://www.amazon.com/dp/B0C7TRAIL1', { marketplace: 'amazon', ids: { asin: 'B0C7TRAIL1' } }),
      'amazon:amazon.com:B0C7TRAIL1',
    ],
    [
      'same id on the mobile host shares the key',
      listing('https://m.amazon.com/dp/B0C7TRAIL1', { marketplace: 'amazon', ids: { asin: 'B0C7TRAIL1' } }),
      'amazon:amazon.com:B0C7TRAIL1',
    ],
    [
      'same id on another store is another listing',
      listing('https://amazon.evil.com/dp/B0C7TRAIL1', { marketplace: 'amazon', ids: { asin: 'B0C7TRAIL1' } }),
      'amazon:amazon.evil.com:B0C7TRAIL1',
    ],
    [
      'page-declared sku stays on its own site',
      listing('https://shop.example.com/p/1', { ids: { sku: 'SKU-1' } }),
      'generic:shop.example.com:SKU-1',
    ],
    [
      'no id: page path without query or hash',
      listing('https://shop.example.com/p/1?utm_source=x#top'),
      'generic:shop.example.com/p/1',
    ],
    [
      'same-site canonical is used',
      listing('https://shop.example.com/p/1?variant=2', {}, 'https://shop.example.com/products/boots'),
      'generic:shop.example.com/products/boots',
    ],
    [
      'relative canonical resolves against the page',
      listing('https://shop.example.com/p/1', {}, '/products/boots'),
      'generic:shop.example.com/products/boots',
    ],
    [
      'alias-host canonical is used',
      listing('https://m.example.com/p/1', {}, 'https://www.example.com/products/boots'),
      'generic:example.com/products/boots',
    ],
    [
      'cross-site canonical is ignored',
      listing('https://evil.com/p/1', {}, 'https://www.amazon.com/dp/B0C7TRAIL1'),
      'generic:evil.com/p/1',
    ],
    [
      'look-alike host canonical is ignored',
      listing('https://evil.com/x', {}, 'https://evil.com.amazon.com/x'),
      'generic:evil.com/x',
    ],
    [
      'garbage canonical is ignored',
      listing('https://shop.example.com/p/1', {}, 'http://[bad'),
      'generic:shop.example.com/p/1',
    ],
  ])('%s', (_name, l, key) => {
    expect(listingKey(l)).toBe(key);
  });

  it('keys on the page URL it is given, not on the URL the listing claims', () => {
    const l = listing('https://www.amazon.com/dp/B0C7TRAIL1', { marketplace: 'amazon', ids: { asin: 'B0C7TRAIL1' } });
    expect(listingKey(l, 'https://evil.com/dp/B0C7TRAIL1')).toBe('amazon:evil.com:B0C7TRAIL1');
  });
});

describe('listingKey length', () => {
  it('stays short enough for history:get, and distinct for different long paths', () => {
    const host = `${'a'.repeat(60)}.${'b'.repeat(60)}.${'c'.repeat(60)}.example.com`;
    const a = listingKey(listing(`https://${host}/${'p'.repeat(600)}/1`));
    const b = listingKey(listing(`https://${host}/${'p'.repeat(600)}/2`));
    expect(a.length).toBeLessThanOrEqual(MAX_KEY_LENGTH);
    expect(a).not.toBe(b);
    expect(parseToBackground({ kind: 'history:get', key: a }).ok).toBe(true);
    expect(
      listingKey(listing('https://shop.example.com/p', { ids: { sku: 's'.repeat(1000) } })).length,
    ).toBeLessThanOrEqual(MAX_KEY_LENGTH);
  });
});
