/** Tests for value rewriting under a policy: aliases, case, spaces and separators, each only when turned on. */
import { describe, expect, it } from 'vitest';
import { NO_CAMPAIGN_REWRITES, normalizeCampaignValue, rewriteCampaignValue } from './normalize.js';
import { defaultCampaignPolicy, strictCampaignPolicy } from './policy.js';

describe('normalizeCampaignValue', () => {
  it.each([
    ['source', 'FB', 'facebook'],
    ['source', ' Instagram.com ', 'instagram'],
    ['medium', 'Social Paid', 'social_paid'],
    ['medium', 'social-paid', 'paid_social'],
    ['medium', 'social-network', 'social-network'],
    ['campaign', 'Spring-Sale 2025', 'spring_sale_2025'],
    ['campaign', 'Launch {{campaign.name}}', 'launch_{{campaign.name}}'],
    ['content', '__CID_NAME__-V2', '__CID_NAME___v2'],
    ['term', '{keyword}', '{keyword}'],
  ] as const)('%s %j → %j', (field, value, out) => {
    expect(normalizeCampaignValue(field, value, defaultCampaignPolicy)).toBe(out);
  });

  it('uses the strict separator and aliases', () => {
    expect(normalizeCampaignValue('campaign', 'Spring_Sale', strictCampaignPolicy)).toBe('spring-sale');
    expect(normalizeCampaignValue('medium', 'paid_social', strictCampaignPolicy)).toBe('paid-social');
  });
});

describe('rewriteCampaignValue', () => {
  const only = (kind: keyof typeof NO_CAMPAIGN_REWRITES) => ({ ...NO_CAMPAIGN_REWRITES, [kind]: true });

  it.each([
    ['no rewrite on: only trimmed', ' Spring-Sale 2025 ', NO_CAMPAIGN_REWRITES, 'Spring-Sale 2025', []],
    ['case', 'Spring-Sale 2025', only('case'), 'spring-sale 2025', ['case']],
    ['spaces', 'Spring-Sale  2025', only('spaces'), 'Spring-Sale_2025', ['spaces']],
    ['separator', 'Spring-Sale 2025', only('separator'), 'Spring_Sale 2025', ['separator']],
    ['nothing to change', 'spring_sale', only('separator'), 'spring_sale', []],
    ['macros untouched', 'Launch-{{Campaign.Name}}', only('case'), 'launch-{{Campaign.Name}}', ['case']],
  ] as const)('%s', (_name, value, settings, out, kinds) => {
    expect(rewriteCampaignValue('campaign', value, defaultCampaignPolicy, settings)).toEqual({ value: out, kinds });
  });

  it('folds aliases only when normalize.aliases is on, and reports the fold', () => {
    expect(rewriteCampaignValue('medium', 'paid-social', defaultCampaignPolicy, NO_CAMPAIGN_REWRITES)).toEqual({
      value: 'paid-social',
      kinds: [],
    });
    expect(rewriteCampaignValue('medium', 'Paid-Social', defaultCampaignPolicy, only('aliases'))).toEqual({
      value: 'paid_social',
      kinds: ['aliases'],
    });
  });

  it('leaves source and medium separators alone (GA4 spellings such as social-network)', () => {
    expect(rewriteCampaignValue('medium', 'social-network', defaultCampaignPolicy, only('separator')).value).toBe(
      'social-network',
    );
  });
});
