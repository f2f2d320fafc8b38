/** Link model: tagging under a policy, channel prediction, policy-driven dropdowns and policy problems. */
import { CampaignPolicySchema, defaultCampaignPolicy } from '@revloop/core/links';
import { describe, expect, it } from 'vitest';
import { allowedValues, requiredFields, tagLink } from './link-model.js';

describe('link model', () => {
  it('tags a URL under the default policy, keeping values as given, and predicts the channel', () => {
    const r = tagLink(
      'https://shop.example.com/p?x=1#top',
      { source: ' google ', medium: 'cpc', campaign: 'Brand' },
      defaultCampaignPolicy,
    );
    // Trimmed and encoded only: "Brand" keeps its case (GA4 reports values exactly as received).
    expect(r.url).toBe('https://shop.example.com/p?x=1&utm_source=google&utm_medium=cpc&utm_campaign=Brand#top');
    expect(r.channel).toBe('Paid Search');
    expect(r.unassigned).toBe(false);
    // What the convention would write differently is a warning the tool lists, not a silent rewrite.
    expect(r.findings.map((f) => [f.ruleId, f.severity, f.field, f.message])).toEqual([
      [
        'links/value-case',
        'warning',
        'utm_campaign',
        'utm_campaign "Brand" has upper case: GA4 treats "Brand" and "brand" as different campaigns, and the policy\'s lowercase convention writes "brand".',
      ],
    ]);
    expect(r.configFindings).toEqual([]);
  });

  it('keeps an alias, upper case and spaces as typed, with one warning each', () => {
    const r = tagLink(
      'https://shop.example.com/p',
      { source: 'fb', medium: 'paid_social', campaign: 'Spring Sale 2026', content: 'carousel_a' },
      defaultCampaignPolicy,
    );
    expect(r.url).toBe(
      'https://shop.example.com/p?utm_source=fb&utm_medium=paid_social&utm_campaign=Spring%20Sale%202026&utm_content=carousel_a',
    );
    expect(r.channel).toBe('Paid Social');
    expect(r.findings.map((f) => [f.ruleId, f.field])).toEqual([
      ['links/value-not-allowed', 'utm_source'],
      ['links/value-case', 'utm_campaign'],
      ['links/value-spaces', 'utm_campaign'],
    ]);
    expect(r.findings.every((f) => f.severity === 'warning')).toBe(true);
    expect(r.findings[0]?.message).toBe(
      'utm_source "fb" is an alias of "facebook": GA4 treats them as different sources, and the policy\'s convention writes "facebook".',
    );
  });

  it('rewrites only when the policy asks, and says what it rewrote', () => {
    const policy = CampaignPolicySchema.parse({
      normalize: { aliases: true, case: true, spaces: true, separator: true },
    });
    const r = tagLink(
      'https://shop.example.com/p?x=1#top',
      { source: 'google', medium: 'cpc', campaign: 'Brand' },
      policy,
    );
    expect(r.url).toBe('https://shop.example.com/p?x=1&utm_source=google&utm_medium=cpc&utm_campaign=brand#top');
    expect(r.findings.map((f) => [f.ruleId, f.severity, f.field, f.message])).toEqual([
      [
        'links/value-rewritten',
        'info',
        'utm_campaign',
        'utm_campaign "Brand" was rewritten to "brand" by the policy (normalize.case); GA4 reports it apart from links that still carry "Brand".',
      ],
    ]);
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
