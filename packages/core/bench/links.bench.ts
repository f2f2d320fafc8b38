/** Links benchmarks: channel prediction, build and parse, against `new URL()` + `URLSearchParams` in the same run. */
import { bench, describe } from 'vitest';
import { buildCampaignUrl, defaultChannelGroup, parseCampaignUrl } from '../src/links/index.js';

const URLS = [
  'https://shop.example.com/products/linen-shirt?color=blue&size=m&utm_source=facebook&utm_medium=paid_social&utm_campaign={{campaign.name}}&utm_content=hero_video&fbclid=IwAR0abc#reviews',
  'https://shop.example.com/?utm_source=google&utm_medium=cpc&utm_campaign=spring_sale&utm_term=linen%20shirt&gclid=Cj0KCQ',
  'https://www.example.org/blog/post-1?ref=nav&utm_source=klaviyo&utm_medium=email&utm_campaign=welcome_flow&utm_id=123',
  'https://shop.example.com/collections/summer',
];
const SOURCES = [
  ['facebook', 'paid_social', 'spring'],
  ['google', 'cpc', 'shopping_q1'],
  ['newsletter', 'email', 'welcome'],
  ['partner', 'referral', 'workshop'],
  ['x.com', 'social', 'launch'],
  ['(direct)', '(none)', ''],
  ['unknown', 'qr', 'test'],
] as const;
const PARAMS = { source: 'facebook', medium: 'paid_social', campaign: 'spring_launch', content: '{{ad.name}}' };
let i = 0;
const next = <T>(list: readonly T[]): T => list[i++ % list.length]!;

describe('links', () => {
  bench('baseline: new URL() + URLSearchParams (parse)', () => {
    const u = new URL(next(URLS));
    const q = u.searchParams;
    q.get('utm_source');
    q.get('utm_medium');
    q.get('utm_campaign');
  });

  bench('baseline: new URL() + URLSearchParams (build)', () => {
    const u = new URL(next(URLS));
    for (const [k, v] of Object.entries(PARAMS)) u.searchParams.set(`utm_${k}`, v);
    u.toString();
  });

  bench('defaultChannelGroup', () => {
    const [source, medium, campaign] = next(SOURCES);
    defaultChannelGroup({ source, medium, campaign });
  });

  bench('parseCampaignUrl', () => {
    parseCampaignUrl(next(URLS));
  });

  bench('buildCampaignUrl (default policy, normalize + validate)', () => {
    buildCampaignUrl(next(URLS), PARAMS);
  });

  bench('buildCampaignUrl (validate: false)', () => {
    buildCampaignUrl(next(URLS), PARAMS, { validate: false });
  });
});
