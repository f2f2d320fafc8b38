/** Tests for writeCampaignUrl, the builder's writing step: no checks run, values and rewrites handed over as written. */
import { describe, expect, it } from 'vitest';
import { defaultCampaignPolicy } from './policy.js';
import { writeCampaignUrl } from './write-campaign-url.js';

describe('writeCampaignUrl', () => {
  it('writes without checking: a link the builder would refuse is still written', () => {
    const w = writeCampaignUrl(
      'https://a.com/?x=1#top',
      { source: 'google', content: 'jane@example.com' },
      defaultCampaignPolicy,
    );
    expect(w.url).toBe('https://a.com/?x=1&utm_source=google&utm_content=jane%40example.com#top');
    expect(w.raws).toEqual(['google', undefined, undefined, undefined, undefined, 'jane%40example.com']);
  });

  it('hands over the values as written and one rewrite per value a policy rewrite changed', () => {
    const params = { source: ' FB ', medium: 'cpc', campaign: 'Spring Sale' };
    const kept = writeCampaignUrl('https://a.com/', params, defaultCampaignPolicy);
    expect([...kept.values]).toEqual([
      ['source', 'FB'],
      ['medium', 'cpc'],
      ['campaign', 'Spring Sale'],
    ]);
    expect(kept.rewrites).toEqual([]);
    const rewritten = writeCampaignUrl('https://a.com/', params, defaultCampaignPolicy, { normalize: true });
    expect(rewritten.rewrites).toEqual([
      { field: 'source', from: 'FB', to: 'facebook', kinds: ['aliases'] },
      { field: 'campaign', from: 'Spring Sale', to: 'spring_sale', kinds: ['case', 'spaces'] },
    ]);
  });
});
