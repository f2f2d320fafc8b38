/** Tests for value normalisation under a policy: aliases, case, spaces and separators. */
import { describe, expect, it } from 'vitest';
import { normalizeCampaignValue } from './normalize.js';
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
