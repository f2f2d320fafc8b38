/** Tests for checkCampaignUrl: the report, the channel, the options object and the deprecated positional policy. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkCampaignUrl } from './check-campaign-url.js';
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
    // All 17 rules but internal-link (no internal hosts), prohibited-term (no prohibited terms) and value-rewritten
    // (a link checked as found was not rewritten) apply.
    expect(r.rulesRun).toBe(14);
  });

  it('predicts with the selected rule version', () => {
    const url = 'https://a.com/?utm_source=newsletter&utm_medium=cpc&utm_campaign=x';
    expect(checkCampaignUrl(url).channel).toBe('Paid Other');
    expect(checkCampaignUrl(url, { rulesVersion: '2022' }).channel).toBe('Unassigned');
  });

  it('still takes the deprecated positional policy (url, policy, options)', () => {
    const url = 'https://a.com/?utm_source=newsletter&utm_medium=cpc&utm_campaign=x';
    expect(checkCampaignUrl(url, undefined, { rulesVersion: '2022' }).channel).toBe('Unassigned');
    const upper = 'https://a.com/?utm_source=Google&utm_medium=cpc&utm_campaign=x';
    const positional = checkCampaignUrl(upper, { rules: { 'links/value-case': 'error' } });
    expect(positional.findings.map((f) => [f.ruleId, f.severity])).toEqual([['links/value-case', 'error']]);
    expect(positional).toEqual(checkCampaignUrl(upper, { policy: { rules: { 'links/value-case': 'error' } } }));
    expect(checkCampaignUrl(upper, strictCampaignPolicy)).toEqual(
      checkCampaignUrl(upper, { policy: strictCampaignPolicy }),
    );
  });

  it("applies the policy's rule settings (severity overrides, switches)", () => {
    const url = 'https://a.com/?utm_source=Google&utm_medium=cpc&utm_campaign=x';
    expect(checkCampaignUrl(url).findings.map((f) => [f.ruleId, f.severity])).toEqual([
      ['links/value-case', 'warning'],
    ]);
    expect(checkCampaignUrl(url, { policy: { rules: { 'links/value-case': 'error' } } }).counts.error).toBe(1);
    expect(checkCampaignUrl(url, { policy: { rules: { 'links/value-case': 'off' } } }).findings).toEqual([]);
  });

  it('reports unknown rule ids in the policy as config findings instead of throwing', () => {
    const r = checkCampaignUrl('https://a.com/?utm_source=google&utm_medium=cpc&utm_campaign=x', {
      policy: { rules: { 'links/nope': 'off' } },
    });
    expect(r.findings).toEqual([]);
    expect(r.score).toBe(100);
    expect(r.configFindings.map((f) => [f.ruleId, f.severity, f.field])).toEqual([
      ['config/invalid', 'warning', 'policy.rules.links/nope'],
    ]);
  });

  it('runs the strict example policy', () => {
    const r = checkCampaignUrl('https://a.com/?utm_source=snapchat&utm_medium=paid-social&utm_campaign=Test', {
      policy: strictCampaignPolicy,
    });
    expect(r.findings.map((f) => [f.ruleId, f.field]).sort()).toEqual([
      ['links/missing-parameter', 'utm_content'],
      ['links/prohibited-term', 'utm_campaign'],
      ['links/value-case', 'utm_campaign'],
      ['links/value-not-allowed', 'utm_source'],
    ]);
  });

  // Regression (issue 9.2): a bad policy was thrown as a CampaignUrlError whose finding said links/invalid-url
  // on field "url", so a policy typo read as a broken link and the link got no report at all.
  it('reports a bad policy as config findings naming the policy path, leaving the verdict alone', () => {
    const url = 'https://a.com/?utm_source=facebook&utm_medium=paid-social&utm_campaign=test_spring';
    const policy = {
      templates: { 'paid-social': { required: 'content' } },
      maxLength: -1,
      colour: 'red',
      prohibited: ['test'],
    } as never;
    const r = checkCampaignUrl(url, { policy });
    expect(r.configFindings.map((f) => [f.ruleId, f.field])).toEqual([
      ['config/invalid', 'policy.templates.paid-social.required'],
      ['config/invalid', 'policy.maxLength'],
      ['config/invalid', 'policy.colour'],
    ]);
    // Only the bad settings are dropped: `prohibited` still applies, and no finding is about the URL.
    expect(r.findings.map((f) => [f.ruleId, f.field])).toEqual([['links/prohibited-term', 'utm_campaign']]);
    const good = checkCampaignUrl(url, { policy: { prohibited: ['test'] } });
    expect({ score: r.score, findings: r.findings }).toEqual({ score: good.score, findings: good.findings });
  });

  it('reports a policy that is not an object, and bad options, as config findings', () => {
    const url = 'https://a.com/?utm_source=google&utm_medium=cpc&utm_campaign=x';
    const clean = checkCampaignUrl(url);
    for (const [options, field] of [
      [{ policy: 'strict' }, 'policy'],
      [{ policy: 42 }, 'policy'],
      [{ rulesVersion: '1999' }, 'rulesVersion'],
      [{ rulesVersion: 'toString' }, 'rulesVersion'],
      [{ polcy: {} }, 'polcy'],
      ['strict', 'options'],
    ] as const) {
      const r = checkCampaignUrl(url, options as never);
      expect(r.configFindings.map((f) => [f.ruleId, f.field])).toEqual([['config/invalid', field]]);
      expect({ score: r.score, findings: r.findings, channel: r.channel }).toEqual({
        score: clean.score,
        findings: clean.findings,
        channel: clean.channel,
      });
    }
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
