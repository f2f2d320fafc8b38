import { describe, expect, it } from 'vitest';
import type { Finding } from '../../engine/finding.js';
import { checkCampaignUrl } from '../check-campaign-url.js';
import { campaignCheckContext, resolveCampaignPolicy } from '../check-context.js';
import type { CampaignPolicyInput } from '../policy.js';
import { linksRules } from '../rule-pack.js';
import { campaignMediumIntent } from './channel-mismatch.js';
import { campaignUrlHost, isInternalCampaignHost } from './internal-link.js';
import { campaignPiiKind } from './pii.js';

const S = 'https://shop.example.com/';
/** Findings of one rule, reduced to the fields the table pins down. */
function run(ruleId: string, url: string, policy?: CampaignPolicyInput) {
  return checkCampaignUrl(url, policy)
    .findings.filter((f) => f.ruleId === ruleId)
    .map((f: Finding) => ({
      severity: f.severity,
      field: f.field,
      range: f.range,
      fix: f.fix?.kind === 'replace' ? f.fix.text : undefined,
    }));
}
type Row = [url: string, expected: ReturnType<typeof run>, policy?: CampaignPolicyInput];
function table(ruleId: string, rows: Row[]) {
  describe(ruleId, () => {
    it.each(rows)('%s', (url, expected, policy) => expect(run(ruleId, url, policy)).toEqual(expected));
  });
}
const ok = `${S}?utm_source=google&utm_medium=cpc&utm_campaign=spring`;

table('links/invalid-url', [
  [ok, []],
  ['/p?utm_source=a', [{ severity: 'error', field: 'url', range: undefined, fix: undefined }]],
  ['javascript:alert(1)', [{ severity: 'error', field: 'url', range: undefined, fix: undefined }]],
]);

table('links/missing-parameter', [
  [ok, []],
  [`${S}?utm_source=google&utm_medium=cpc&utm_id=7`, []],
  [
    `${S}?utm_medium=&utm_campaign=a`,
    [
      { severity: 'error', field: 'utm_medium', range: undefined, fix: undefined },
      { severity: 'error', field: 'utm_source', range: undefined, fix: undefined },
    ],
  ],
  [`${S}?utm_source=a&utm_medium=b`, [{ severity: 'error', field: 'utm_campaign', range: undefined, fix: undefined }]],
  [
    `${S}?utm_source=facebook&utm_medium=paid-social&utm_campaign=a`,
    [{ severity: 'error', field: 'utm_content', range: undefined, fix: undefined }],
    { templates: { 'paid-social': { required: ['content'] } } },
  ],
]);

table('links/value-case', [
  [ok, []],
  [`${S}?utm_source=tiktok&utm_medium=cpc&utm_campaign=__CAMPAIGN_NAME__`, []],
  [
    `${S}?utm_source=Google&utm_medium=cpc&utm_campaign=a`,
    [{ severity: 'warning', field: 'utm_source', range: [37, 43], fix: 'google' }],
  ],
  [
    `${S}?utm_source=x&utm_medium=cpc&utm_campaign=Launch_{{campaign.name}}`,
    [{ severity: 'warning', field: 'utm_campaign', range: [67, 91], fix: 'launch_{{campaign.name}}' }],
  ],
  [`${S}?utm_source=Google&utm_medium=cpc&utm_campaign=a`, [], { case: 'any' }],
]);

table('links/value-spaces', [
  [ok, []],
  [
    `${S}?utm_source=x&utm_medium=cpc&utm_campaign=a%20b`,
    [{ severity: 'warning', field: 'utm_campaign', range: [67, 72], fix: 'a_b' }],
  ],
  [
    `${S}?utm_source=x&utm_medium=cpc&utm_campaign=a+b`,
    [{ severity: 'warning', field: 'utm_campaign', range: [67, 70], fix: 'a-b' }],
    { separator: '-' },
  ],
]);

table('links/value-separator', [
  [ok, []],
  [`${S}?utm_source=google-play&utm_medium=social-network&utm_campaign=a_b`, []],
  [
    `${S}?utm_source=x&utm_medium=cpc&utm_campaign=a-b`,
    [{ severity: 'warning', field: 'utm_campaign', range: [67, 70], fix: 'a_b' }],
  ],
  [
    `${S}?utm_source=x&utm_medium=cpc&utm_content=a_b`,
    [{ severity: 'warning', field: 'utm_content', range: [66, 69], fix: 'a-b' }],
    { separator: '-' },
  ],
]);

table('links/value-not-allowed', [
  [ok, [], { allowed: { medium: ['cpc'] } }],
  [
    `${S}?utm_source=x&utm_medium=ppc_ads&utm_campaign=a`,
    [{ severity: 'error', field: 'utm_medium', range: [50, 57], fix: undefined }],
    { allowed: { medium: ['cpc'] } },
  ],
  [
    `${S}?utm_source=FB&utm_medium=cpc&utm_campaign=a`,
    [{ severity: 'warning', field: 'utm_source', range: [37, 39], fix: 'facebook' }],
  ],
  [`${S}?utm_source=x&utm_medium=cpc&utm_campaign={_c}`, [], { allowed: { campaign: ['spring'] } }],
  [
    `${S}?utm_source=x&utm_medium=social&utm_content=zz`,
    [{ severity: 'error', field: 'utm_content', range: [69, 71], fix: undefined }],
    { templates: { social: { allowed: { content: ['a', 'b'] } } } },
  ],
]);

table('links/prohibited-term', [
  [ok, [], { prohibited: ['test'] }],
  [
    `${S}?utm_source=x&utm_medium=cpc&utm_campaign=my_TEST`,
    [{ severity: 'error', field: 'utm_campaign', range: [67, 74], fix: undefined }],
    { prohibited: ['test'] },
  ],
]);

table('links/duplicate-parameter', [
  [ok, []],
  [
    `${S}?utm_source=a&utm_medium=cpc&utm_campaign=x&utm_source=b`,
    [{ severity: 'error', field: 'utm_source', range: [69, 81], fix: undefined }],
  ],
]);

table('links/unknown-parameter', [
  [ok, []],
  [
    `${S}?utm_source=a&utm_medium=cpc&utm_campaign_id=7`,
    [{ severity: 'warning', field: 'utm_campaign_id', range: [54, 69], fix: 'utm_id' }],
  ],
  [`${S}?UTM_SOURCE=a`, [{ severity: 'warning', field: 'UTM_SOURCE', range: [26, 36], fix: 'utm_source' }]],
  [`${S}?utm_foo=a`, [{ severity: 'warning', field: 'utm_foo', range: [26, 33], fix: undefined }]],
]);

table('links/internal-link', [
  ['https://www.example.com/?a=1', [], { internalHosts: ['*.example.com'] }],
  [
    'https://www.example.com:443/?utm_source=home&utm_medium=banner&utm_campaign=a',
    [{ severity: 'error', field: 'utm_source', range: [29, 44], fix: undefined }],
    { internalHosts: ['*.example.com'] },
  ],
  [ok, [], { internalHosts: ['example.com'] }],
]);

table('links/pii', [
  [ok, []],
  [
    `${S}?utm_source=x&utm_medium=email&utm_content=jane%40example.com`,
    [{ severity: 'error', field: 'utm_content', range: [68, 86], fix: undefined }],
  ],
  [
    `${S}?phone=(555)%20123-4567&utm_source=x`,
    [{ severity: 'error', field: 'phone', range: [32, 48], fix: undefined }],
  ],
  [`${S}?utm_id=120210000123456789&gclid=a@b.co`, []],
]);

table('links/malformed-macro', [
  [`${S}?utm_source=x&utm_medium=cpc&utm_campaign={{campaign.name}}`, []],
  [
    `${S}?utm_source=x&utm_medium=cpc&utm_campaign={{campaign.name}`,
    [{ severity: 'error', field: 'utm_campaign', range: [67, 83], fix: undefined }],
  ],
  [
    `${S}?utm_source=x&utm_medium=cpc&utm_campaign=%7B%7Bcampaign.name%7D%7D`,
    [{ severity: 'error', field: 'utm_campaign', range: [67, 92], fix: undefined }],
  ],
  [
    `${S}?utm_source=x&utm_medium=cpc&utm_campaign=__CAMPAIGN_NAM__`,
    [{ severity: 'error', field: 'utm_campaign', range: [67, 83], fix: undefined }],
  ],
  [
    `${S}?utm_source=x&utm_medium=cpc&utm_campaign={campaignid}`,
    [{ severity: 'warning', field: 'utm_campaign', range: [67, 79], fix: undefined }],
    { platform: 'meta' },
  ],
  [`${S}?utm_source=x&utm_medium=cpc&utm_campaign={campaignid}`, [], { platform: 'google-ads' }],
  [`${S}?fbclid=IwAR0__ABC&utm_source=x`, []],
]);

table('links/fragment-before-query', [
  [`${S}p?utm_source=x&utm_medium=cpc&utm_campaign=a#top`, []],
  [
    `${S}p#top?utm_source=x&utm_medium=cpc`,
    [
      { severity: 'error', field: 'utm_source', range: [31, 43], fix: undefined },
      { severity: 'error', field: 'utm_medium', range: [44, 58], fix: undefined },
    ],
  ],
]);

table('links/url-too-long', [
  [ok, []],
  [ok, [{ severity: 'warning', field: 'url', range: undefined, fix: undefined }], { maxLength: 50 }],
]);

table('links/unassigned-channel', [
  [ok, []],
  [`${S}?utm_campaign=a`, []],
  [
    `${S}?utm_source=partner&utm_medium=qr&utm_campaign=a`,
    [{ severity: 'warning', field: 'utm_medium', range: undefined, fix: undefined }],
  ],
]);

table('links/channel-mismatch', [
  [ok, []],
  [`${S}?utm_source=newsletter&utm_medium=cpc&utm_campaign=a`, []],
  [
    `${S}?utm_source=facebook&utm_medium=email&utm_campaign=a`,
    [{ severity: 'warning', field: 'utm_medium', range: undefined, fix: undefined }],
  ],
  [
    `${S}?utm_source=fb&utm_medium=social_paid&utm_campaign=a`,
    [{ severity: 'warning', field: 'utm_medium', range: undefined, fix: undefined }],
  ],
]);

describe('rule helpers', () => {
  it('classifies PII', () => {
    expect(campaignPiiKind('jane.doe@example.co.uk')).toBe('e-mail address');
    expect(campaignPiiKind('+49 151 12345678')).toBe('phone number');
    expect(campaignPiiKind('555-123-4567')).toBe('phone number');
    expect(campaignPiiKind('2024-01-15')).toBeUndefined();
    expect(campaignPiiKind('120210000123456789')).toBeUndefined();
    expect(campaignPiiKind('@brand')).toBeUndefined();
  });

  it('matches internal hosts', () => {
    expect(campaignUrlHost('u:p@WWW.Example.com:8080')).toBe('www.example.com');
    expect(isInternalCampaignHost('example.com', ['*.example.com'])).toBe(true);
    expect(isInternalCampaignHost('badexample.com', ['*.example.com'])).toBe(false);
  });

  it('reads intent from a medium', () => {
    expect(campaignMediumIntent('social_paid')).toEqual(['Paid Social']);
    expect(campaignMediumIntent('e-mail')).toEqual(['Email']);
    expect(campaignMediumIntent('qr')).toBeUndefined();
  });

  it('every rule documents itself and the pack runs all of them on a clean link', () => {
    const ctx = campaignCheckContext(ok, resolveCampaignPolicy(undefined));
    for (const rule of linksRules) expect(rule.check(ctx, undefined)).toEqual([]);
  });
});
