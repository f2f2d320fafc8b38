/** Table test for links/internal-link: passing and failing links with exact fields, ranges and fixes. */
import { describe, expect, it } from 'vitest';
import { ruleTable } from '../../test-support/rule-table.js';
import { campaignExampleContext } from '../check-context.js';
import { campaignUrlHost, isInternalCampaignHost, linksInternalLinkRule } from './internal-link.js';

const S = 'https://shop.example.com/';
const ok = `${S}?utm_source=google&utm_medium=cpc&utm_campaign=spring`;

ruleTable(linksInternalLinkRule, {
  context: campaignExampleContext,
  pin: ['severity', 'field', 'range', 'fix'],
  pass: [
    [
      "https://www.example.com/?a=1 under {'internalHosts': ['*.example.com']}",
      { url: 'https://www.example.com/?a=1', policy: { internalHosts: ['*.example.com'] } },
    ],
    [
      "the clean link under {'internalHosts': ['example.com']}",
      { url: ok, policy: { internalHosts: ['example.com'] } },
    ],
  ],
  fail: [
    [
      "https://www.example.com:443/?utm_source=home&utm_medium=banner&utm_campaign=a under {'internalHosts': ['*.example.com']}",
      {
        url: 'https://www.example.com:443/?utm_source=home&utm_medium=banner&utm_campaign=a',
        policy: { internalHosts: ['*.example.com'] },
      },
      [{ severity: 'error', field: 'utm_source', range: [29, 44] }],
    ],
  ],
});

describe('internal host matching', () => {
  it('reads the host from an authority and matches wildcards on label boundaries', () => {
    expect(campaignUrlHost('u:p@WWW.Example.com:8080')).toBe('www.example.com');
    expect(isInternalCampaignHost('example.com', ['*.example.com'])).toBe(true);
    expect(isInternalCampaignHost('badexample.com', ['*.example.com'])).toBe(false);
  });
});
