/** Tests for the URL splitter and resolver: every byte kept, relative URLs resolved, typed errors otherwise. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CampaignUrlError } from './errors.js';
import { joinCampaignUrl, resolveCampaignUrl, scanCampaignQuery, splitCampaignUrl } from './split-url.js';

describe('splitCampaignUrl', () => {
  it('splits every part and keeps bytes as written', () => {
    expect(splitCampaignUrl('HTTPS://user@Shop.example.com:8080/a/b?x={y}&z#f?g')).toEqual({
      scheme: 'https',
      authority: 'user@Shop.example.com:8080',
      path: '/a/b',
      query: 'x={y}&z',
      fragment: 'f?g',
      queryStart: 39,
    });
    expect(splitCampaignUrl('https://a.com')).toMatchObject({ path: '', query: null, fragment: null });
    expect(splitCampaignUrl('https://a.com#x?y')).toMatchObject({ query: null, fragment: 'x?y' });
    expect(splitCampaignUrl('https://[::1]:3000/')).toMatchObject({ authority: '[::1]:3000' });
  });

  it.each([
    '',
    '/p',
    'a.com/p',
    'mailto:a@b.c',
    'https:/a.com',
    'https://',
    'https://a b.com/',
    '1ttp://a.com',
    'https://a.com:x/',
  ])('rejects %j', (input) => expect(splitCampaignUrl(input)).toBeNull());

  it('agrees with new URL() on scheme, host, search and hash (fast-check)', () => {
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true }), (url) => {
        const parts = splitCampaignUrl(url);
        const whatwg = new URL(url);
        expect(parts).not.toBeNull();
        if (!parts) return;
        expect(`${parts.scheme}:`).toBe(whatwg.protocol);
        expect(parts.authority.toLowerCase().replace(/^.*@/, '')).toBe(whatwg.host);
        // WHATWG percent-encodes a few characters on output, so encode our piece the same way to compare.
        expect(parts.query === null ? '' : new URL(`http://h/?${parts.query}`).search).toBe(whatwg.search);
        expect(parts.fragment === null ? '' : new URL(`http://h/#${parts.fragment}`).hash).toBe(whatwg.hash);
        expect(joinCampaignUrl(parts)).toBe(url.replace(/^[a-z]+/i, (s) => s.toLowerCase()));
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => void splitCampaignUrl(s)));
  });
});

describe('scanCampaignQuery', () => {
  it('keeps raw pairs with offsets and skips empty pieces', () => {
    expect(scanCampaignQuery('a=1&&b&c==2', 10)).toEqual([
      { rawKey: 'a', rawValue: '1', start: 10, end: 13 },
      { rawKey: 'b', rawValue: null, start: 15, end: 16 },
      { rawKey: 'c', rawValue: '=2', start: 17, end: 21 },
    ]);
  });
});

describe('resolveCampaignUrl', () => {
  const base = 'https://shop.example.com/en/sale?x=1#top';
  it.each([
    ['/p?a=1', 'https://shop.example.com/p?a=1'],
    ['//cdn.example.com/p', 'https://cdn.example.com/p'],
    ['?a=1', 'https://shop.example.com/en/sale?a=1'],
    ['#f', 'https://shop.example.com/en/sale?x=1#f'],
    ['p2', 'https://shop.example.com/en/p2'],
    ['  https://a.com/  ', 'https://a.com/'],
  ])('%s → %s', (input, out) => expect(resolveCampaignUrl(input, base).url).toBe(out));

  it('throws CampaignUrlError with a finding for relative URLs without a base and non-web URLs', () => {
    const relative = (() => {
      try {
        resolveCampaignUrl('/p');
      } catch (e) {
        return e;
      }
    })() as CampaignUrlError;
    expect(relative).toBeInstanceOf(CampaignUrlError);
    expect(relative.code).toBe('links/relative-url');
    expect(relative.findings[0]).toMatchObject({ ruleId: 'links/invalid-url', field: 'url' });
    expect(() => resolveCampaignUrl('mailto:a@b.c')).toThrow(CampaignUrlError);
    expect(() => resolveCampaignUrl(42)).toThrow(CampaignUrlError);
    expect(() => resolveCampaignUrl('/p', 'not a base')).toThrow(CampaignUrlError);
  });
});
