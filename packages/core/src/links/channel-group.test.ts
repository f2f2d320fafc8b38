/** Tests for GA4 default channel prediction: rule order, versions and the documented edge cases. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultChannelGroup, explainChannelGroup } from './channel-group.js';
import { GA4_CHANNEL_GROUPS, isShoppingCampaign } from './channel-rules.js';

describe('defaultChannelGroup: one case per rule (2023-11)', () => {
  const cases: [
    source: string | undefined,
    medium: string | undefined,
    campaign: string | undefined,
    channel: string,
  ][] = [
    ['(direct)', '(none)', undefined, 'Direct'],
    ['(direct)', '(not set)', undefined, 'Direct'],
    ['google', 'cpc', 'pmax_cross-network_q1', 'Cross-network'],
    ['amazon', 'cpc', undefined, 'Paid Shopping'],
    ['partner', 'paid', 'summer_shop', 'Paid Shopping'],
    ['google', 'cpc', undefined, 'Paid Search'],
    ['bing', 'ppc', undefined, 'Paid Search'],
    ['facebook', 'paid_social', undefined, 'Paid Social'],
    ['tiktok', 'retargeting', undefined, 'Paid Social'],
    ['youtube', 'cpv', undefined, 'Paid Video'],
    ['dv360', 'banner', undefined, 'Display'],
    ['(unknown)', 'cpm', undefined, 'Display'],
    ['newsletter', 'cpc', undefined, 'Paid Other'],
    ['shopify', 'referral', undefined, 'Organic Shopping'],
    ['partner', 'referral', 'eshop_launch', 'Organic Shopping'],
    ['instagram', 'referral', undefined, 'Organic Social'],
    ['partner', 'social-network', undefined, 'Organic Social'],
    ['vimeo', 'referral', undefined, 'Organic Video'],
    ['partner', 'product_video', undefined, 'Organic Video'],
    ['duckduckgo', 'referral', undefined, 'Organic Search'],
    ['partner', 'organic', undefined, 'Organic Search'],
    ['blog.example', 'referral', undefined, 'Referral'],
    ['partner', 'app', undefined, 'Referral'],
    ['partner', 'link', undefined, 'Referral'],
    ['klaviyo', 'email', undefined, 'Email'],
    ['e-mail', 'newsletter', undefined, 'Email'],
    ['awin', 'affiliate', undefined, 'Affiliates'],
    ['spotify', 'audio', undefined, 'Audio'],
    ['sms', 'text', undefined, 'SMS'],
    ['attentive', 'sms', undefined, 'SMS'],
    ['onesignal', 'web_push', undefined, 'Mobile Push Notifications'],
    ['app', 'mobile_alert', undefined, 'Mobile Push Notifications'],
    ['firebase', 'inapp', undefined, 'Mobile Push Notifications'],
    ['partner', 'qr_code', undefined, 'Unassigned'],
    [undefined, undefined, undefined, 'Unassigned'],
  ];
  for (const [source, medium, campaign, channel] of cases) {
    it(`${source} / ${medium}${campaign ? ` / ${campaign}` : ''} → ${channel}`, () => {
      expect(defaultChannelGroup({ source, medium, campaign })).toBe(channel);
    });
  }
});

describe('defaultChannelGroup: order cases from the notes', () => {
  it.each([
    ['facebook', 'email', undefined, 'Organic Social'],
    ['fb', 'social_paid', undefined, 'Organic Social'],
    ['fb', 'paid_social', undefined, 'Paid Social'],
    ['newsletter', 'cpc', undefined, 'Paid Other'],
    ['(unknown)', 'cpm', undefined, 'Display'],
    ['google', 'cpm', undefined, 'Paid Search'],
    ['partner', 'cpc', 'workshop_signup', 'Paid Other'],
    ['partner', 'cpc', 'bishop_sale', 'Paid Other'],
    ['partner', 'cpc', 'shop_sale', 'Paid Shopping'],
    ['partner', 'cpc', 'eshop', 'Paid Shopping'],
    ['partner', 'cpc', 'holiday-shopping', 'Paid Shopping'],
    ['partner', 'referral', 'workshop', 'Referral'],
  ])('%s / %s / %s → %s', (source, medium, campaign, channel) => {
    expect(defaultChannelGroup({ source, medium, campaign })).toBe(channel);
  });

  it('matches case-insensitively', () => {
    expect(defaultChannelGroup({ source: 'Facebook', medium: 'PAID_SOCIAL' })).toBe('Paid Social');
    expect(defaultChannelGroup({ source: 'Klaviyo', medium: 'EMAIL' })).toBe('Email');
    expect(defaultChannelGroup({ source: 'Google Shopping', medium: 'organic' })).toBe('Organic Shopping');
  });

  it('knows the sources the public copy lacks', () => {
    expect(defaultChannelGroup({ source: 'x.com', medium: 'paid' })).toBe('Paid Social');
    expect(defaultChannelGroup({ source: 'threads.net', medium: 'referral' })).toBe('Organic Social');
    expect(defaultChannelGroup({ source: 'threads', medium: 'cpc' })).toBe('Paid Social');
  });
});

describe('rule versions', () => {
  it('2022 has no Paid Other, no retargeting, Referral only for "referral", SMS only by medium', () => {
    const v = { rulesVersion: '2022' } as const;
    expect(defaultChannelGroup({ source: 'newsletter', medium: 'cpc' }, v)).toBe('Unassigned');
    expect(defaultChannelGroup({ source: 'tiktok', medium: 'retargeting' }, v)).toBe('Organic Social');
    expect(defaultChannelGroup({ source: 'partner', medium: 'app' }, v)).toBe('Unassigned');
    expect(defaultChannelGroup({ source: 'sms', medium: 'text' }, v)).toBe('Unassigned');
    expect(defaultChannelGroup({ source: 'google', medium: 'cpc' }, v)).toBe('Paid Search');
  });

  it('the newest version is the default and explanations name the rule', () => {
    const e = explainChannelGroup({ source: 'newsletter', medium: 'cpc' });
    expect(e).toMatchObject({ channel: 'Paid Other', rule: 8, rulesVersion: '2023-11' });
    expect(explainChannelGroup({ source: 'x', medium: 'y' })).toMatchObject({ channel: 'Unassigned', rule: 0 });
  });

  it('only ever returns GA4 names', () => {
    for (const medium of ['cpc', 'email', 'zzz', '', 'video', 'push']) {
      expect(GA4_CHANNEL_GROUPS).toContain(defaultChannelGroup({ source: 'a', medium }));
    }
  });
});

describe('isShoppingCampaign', () => {
  it.each([
    ['shop', true],
    ['eshop', true],
    ['summer-shop', true],
    ['2024shop', true],
    ['shopping', true],
    ['workshop', false],
    ['bishop', false],
    ['sho p', false],
  ])('%s → %s', (campaign, expected) => expect(isShoppingCampaign(campaign)).toBe(expected));
});

describe('robustness', () => {
  it('returns a GA4 name for any input and never throws', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), fc.anything(), (source, medium, campaign) => {
        const query = { source, medium, campaign } as never;
        expect(GA4_CHANNEL_GROUPS).toContain(defaultChannelGroup(query));
      }),
    );
    expect(defaultChannelGroup(null as never)).toBe('Unassigned');
  });
});
