/** Link model: tagging under a policy, channel prediction, policy-driven dropdowns and policy problems. */
import { CampaignPolicySchema, defaultCampaignPolicy } from '@revloop/core/links';
import { describe, expect, it } from 'vitest';
import { allowedValues, requiredFields, tagLink } from './link-model.js';

describe('link model', () => {
  it('tags a URL under the default policy and predicts the channel', () => {
    const r = tagLink(
      'https://shop.example.com/p?x=1#top',
      { source: 'google', medium: 'cpc', campaign: 'Brand' },
      defaultCampaignPolicy,
    );
    expect(r.url).toBe('https://shop.example.com/p?x=1&utm_source=google&utm_medium=cpc&utm_campaign=brand#top');
    expect(r.channel).toBe('Paid Search');
    expect(r.unassigned).toBe(false);
  });

  it('flags Unassigned and reports an unusable URL without throwing', () => {
    expect(
      tagLink('https://a.example/', { source: 'x', medium: 'y', campaign: 'z' }, defaultCampaignPolicy).unassigned,
    ).toBe(true);
    const bad = tagLink('not a url', { source: 'google' }, defaultCampaignPolicy);
    expect(bad.url).toBeNull();
    expect(bad.findings.length).toBeGreaterThan(0);
  });

  it('reports problems in the policy as configFindings, apart from the link findings, even for an unusable URL', () => {
    const policy = CampaignPolicySchema.parse({ rules: { 'links/no-such-rule': 'off' } });
    const r = tagLink('https://shop.example.com/', { source: 'google', medium: 'cpc', campaign: 'brand' }, policy);
    expect(r.url).not.toBeNull();
    expect(r.configFindings).toEqual([expect.objectContaining({ field: 'policy.rules.links/no-such-rule' })]);
    expect(r.findings.filter((f) => f.ruleId.startsWith('config/'))).toEqual([]);
    expect(tagLink('not a url', { source: 'google' }, policy).configFindings).toHaveLength(1);
    expect(tagLink('https://a.example/', { source: 'x' }, defaultCampaignPolicy).configFindings).toEqual([]);
  });

  it('offers dropdown values from the policy and its per-medium templates', () => {
    const policy = CampaignPolicySchema.parse({
      allowed: { medium: ['cpc', 'email'] },
      templates: { email: { required: ['content'], allowed: { source: ['klaviyo'] } } },
    });
    expect(allowedValues(policy, 'medium')).toEqual(['cpc', 'email']);
    expect(allowedValues(policy, 'source')).toBeNull();
    expect(allowedValues(policy, 'source', 'email')).toEqual(['klaviyo']);
    expect([...requiredFields(policy, 'email')]).toEqual(expect.arrayContaining(['source', 'medium', 'content']));
  });
});
