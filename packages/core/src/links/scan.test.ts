/** Tests for scanCampaignUrl: decoded pairs with offsets, in the query and after #. */
import { describe, expect, it } from 'vitest';
import { fragmentQueryOffset, scanCampaignUrl } from './scan.js';

describe('scanCampaignUrl', () => {
  it('decodes keys and values, keeps raw values and offsets, and marks fragment pairs', () => {
    const url = 'https://a.com/p?utm%5Fsource=a+b&flag&utm_campaign={lpurl+2}#top?utm_medium=cpc';
    const { pairs, fragmentQueryStart } = scanCampaignUrl(url);
    expect(pairs.map((p) => [p.key, p.value, p.rawValue, p.field, p.inFragment])).toEqual([
      ['utm_source', 'a b', 'a+b', 'source', false],
      ['flag', '', null, undefined, false],
      ['utm_campaign', '{lpurl+2}', '{lpurl+2}', 'campaign', false],
      ['utm_medium', 'cpc', 'cpc', 'medium', true],
    ]);
    expect(url.slice(pairs[0]!.valueStart, pairs[0]!.end)).toBe('a+b');
    expect(url.slice(fragmentQueryStart)).toBe('utm_medium=cpc');
  });

  it('finds queries hidden in fragments', () => {
    expect(fragmentQueryOffset(null)).toBe(-1);
    expect(fragmentQueryOffset('top')).toBe(-1);
    expect(fragmentQueryOffset('top?a=1')).toBe(4);
    expect(fragmentQueryOffset('utm_source=a')).toBe(0);
  });
});
