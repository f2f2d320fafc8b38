/** Tests for parseCampaignUrl: params, click ids, other params, clean and untagged URLs. */
import { describe, expect, it } from 'vitest';
import { CampaignUrlError } from './errors.js';
import { parseCampaignUrl } from './parse-campaign-url.js';

describe('parseCampaignUrl', () => {
  it('splits campaign params, click ids and other params, and cleans the URL', () => {
    const p = parseCampaignUrl(
      'https://shop.example.com/p?color=red&utm_source=google&utm_medium=cpc&utm_campaign=spring%20sale&gclid=abc&utm_id=42&utm_source_platform=Search+Ads+360&utm_creative_format=video&utm_marketing_tactic=prospecting&utm_term=shoes&utm_content=hero&fbclid=x&size=9#reviews',
    );
    expect(p.params).toEqual({
      source: 'google',
      medium: 'cpc',
      campaign: 'spring sale',
      id: '42',
      sourcePlatform: 'Search Ads 360',
      creativeFormat: 'video',
      marketingTactic: 'prospecting',
      term: 'shoes',
      content: 'hero',
    });
    expect(p.clickIds).toEqual({ gclid: 'abc', fbclid: 'x' });
    expect(p.otherParams).toEqual([
      ['color', 'red'],
      ['size', '9'],
    ]);
    expect(p.cleanUrl).toBe('https://shop.example.com/p?color=red&size=9#reviews');
    expect(p.untaggedUrl).toBe('https://shop.example.com/p?color=red&gclid=abc&fbclid=x&size=9#reviews');
  });

  it('recognises every click id in the notes', () => {
    const ids = [
      'gclid',
      'gbraid',
      'wbraid',
      'dclid',
      'srsltid',
      'msclkid',
      'ttclid',
      'twclid',
      'li_fat_id',
      'ScCid',
      'epik',
      'rdt_cid',
      'yclid',
      'igshid',
      'mc_cid',
      'mc_eid',
      '_kx',
      '_hsenc',
      '_gl',
    ];
    const p = parseCampaignUrl(`https://a.com/?${ids.map((k) => `${k}=1`).join('&')}`);
    expect(Object.keys(p.clickIds)).toEqual(ids);
    expect(p.cleanUrl).toBe('https://a.com/');
  });

  it('keeps macros verbatim, takes the first duplicate, and reports duplicates', () => {
    const p = parseCampaignUrl('https://a.com/?utm_campaign={{campaign.name}}&utm_content={lpurl+2}&utm_campaign=b');
    expect(p.params).toEqual({ campaign: '{{campaign.name}}', content: '{lpurl+2}' });
    expect(p.duplicates).toEqual(['utm_campaign']);
  });

  it('reads campaign keys stranded in the fragment and cleans them out', () => {
    const p = parseCampaignUrl('https://a.com/p#top?utm_source=a&utm_medium=b&x=1');
    expect(p.params).toEqual({ source: 'a', medium: 'b' });
    expect(p.fragmentKeys).toEqual(['utm_source', 'utm_medium']);
    expect(p.cleanUrl).toBe('https://a.com/p#top?x=1');
    expect(parseCampaignUrl('https://a.com/p#utm_source=a').cleanUrl).toBe('https://a.com/p');
  });

  it('treats utm_campaign_id and uppercase keys as other params (GA4 does not read them)', () => {
    const p = parseCampaignUrl('https://a.com/?utm_campaign_id=1&UTM_SOURCE=x');
    expect(p.params).toEqual({});
    expect(p.otherParams).toEqual([
      ['utm_campaign_id', '1'],
      ['UTM_SOURCE', 'x'],
    ]);
  });

  it('resolves relative URLs against a base and throws CampaignUrlError otherwise', () => {
    expect(parseCampaignUrl('/p?utm_source=a', { base: 'https://a.com/x' }).url).toBe('https://a.com/p?utm_source=a');
    expect(() => parseCampaignUrl('/p?utm_source=a')).toThrow(CampaignUrlError);
    expect(() => parseCampaignUrl('not a url')).toThrow(CampaignUrlError);
  });
});
