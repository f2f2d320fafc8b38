import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkCampaignUrl } from './check-campaign-url.js';
import { CampaignUrlError } from './errors.js';
import { strictCampaignPolicy } from './policy.js';

describe('checkCampaignUrl', () => {
  it('returns a clean report and the predicted channel for a good link', () => {
    const r = checkCampaignUrl('https://shop.example.com/?utm_source=klaviyo&utm_medium=email&utm_campaign=spring');
    expect(r).toMatchObject({
      score: 100,
      findings: [],
      channel: 'Email',
      channelRule: { rule: 14, rulesVersion: '2023-11' },
    });
    expect(r.params).toEqual({ source: 'klaviyo', medium: 'email', campaign: 'spring' });
    expect(r.rulesRun).toBeGreaterThan(10);
  });

  it('predicts with the selected rule version', () => {
    const url = 'https://a.com/?utm_source=newsletter&utm_medium=cpc&utm_campaign=x';
    expect(checkCampaignUrl(url).channel).toBe('Paid Other');
    expect(checkCampaignUrl(url, undefined, { rulesVersion: '2022' }).channel).toBe('Unassigned');
  });

  it("applies the policy's rule settings (severity overrides, switches)", () => {
    const url = 'https://a.com/?utm_source=Google&utm_medium=cpc&utm_campaign=x';
    expect(checkCampaignUrl(url).findings.map((f) => [f.ruleId, f.severity])).toEqual([
      ['links/value-case', 'warning'],
    ]);
    expect(checkCampaignUrl(url, { rules: { 'links/value-case': 'error' } }).counts.error).toBe(1);
    expect(checkCampaignUrl(url, { rules: { 'links/value-case': 'off' } }).findings).toEqual([]);
  });

  it('reports unknown rule ids in the policy as config findings instead of throwing', () => {
    const r = checkCampaignUrl('https://a.com/?utm_source=google&utm_medium=cpc&utm_campaign=x', {
      rules: { 'links/nope': 'off' },
    });
    expect(r.findings.map((f) => [f.ruleId, f.field])).toEqual([['config/invalid', 'rules.links/nope']]);
  });

  it('runs the strict example policy', () => {
    const r = checkCampaignUrl(
      'https://a.com/?utm_source=snapchat&utm_medium=paid-social&utm_campaign=Test',
      strictCampaignPolicy,
    );
    expect(r.findings.map((f) => [f.ruleId, f.field]).sort()).toEqual([
      ['links/missing-parameter', 'utm_content'],
      ['links/prohibited-term', 'utm_campaign'],
      ['links/value-case', 'utm_campaign'],
      ['links/value-not-allowed', 'utm_source'],
    ]);
  });

  it('throws CampaignUrlError for an invalid policy', () => {
    expect(() => checkCampaignUrl('https://a.com', { maxLength: -1 } as never)).toThrow(CampaignUrlError);
    expect(() => checkCampaignUrl('https://a.com', { colour: 'red' } as never)).toThrow(/colour|Unrecognized/);
  });

  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: 'binary' }), fc.webUrl({ withQueryParameters: true, withFragments: true })),
        (s) => {
          const r = checkCampaignUrl(s);
          expect(r.findings.every((f) => f.ruleId !== 'internal-error')).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });
});
