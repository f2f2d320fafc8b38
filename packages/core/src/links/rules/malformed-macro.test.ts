/** Table test for links/malformed-macro: passing and failing links with exact fields, ranges and fixes. */
import { ruleTable } from '../../test-support/rule-table.js';
import { campaignExampleContext } from '../check-context.js';
import { linksMalformedMacroRule } from './malformed-macro.js';

const S = 'https://shop.example.com/';

ruleTable(linksMalformedMacroRule, {
  context: campaignExampleContext,
  pin: ['severity', 'field', 'range', 'fix'],
  pass: [
    [
      'utm_source=x&utm_medium=cpc&utm_campaign={{campaign.name}}',
      `${S}?utm_source=x&utm_medium=cpc&utm_campaign={{campaign.name}}`,
    ],
    [
      "utm_source=x&utm_medium=cpc&utm_campaign={campaignid} under {'platform': 'google-ads'}",
      { url: `${S}?utm_source=x&utm_medium=cpc&utm_campaign={campaignid}`, policy: { platform: 'google-ads' } },
    ],
    ['fbclid=IwAR0__ABC&utm_source=x', `${S}?fbclid=IwAR0__ABC&utm_source=x`],
  ],
  fail: [
    [
      'utm_source=x&utm_medium=cpc&utm_campaign={{campaign.name}',
      `${S}?utm_source=x&utm_medium=cpc&utm_campaign={{campaign.name}`,
      [{ severity: 'error', field: 'utm_campaign', range: [67, 83] }],
    ],
    [
      'utm_source=x&utm_medium=cpc&utm_campaign=%7B%7Bcampaign.name%7D%7D',
      `${S}?utm_source=x&utm_medium=cpc&utm_campaign=%7B%7Bcampaign.name%7D%7D`,
      [{ severity: 'error', field: 'utm_campaign', range: [67, 92] }],
    ],
    [
      'utm_source=x&utm_medium=cpc&utm_campaign=__CAMPAIGN_NAM__',
      `${S}?utm_source=x&utm_medium=cpc&utm_campaign=__CAMPAIGN_NAM__`,
      [{ severity: 'error', field: 'utm_campaign', range: [67, 83] }],
    ],
    [
      "utm_source=x&utm_medium=cpc&utm_campaign={campaignid} under {'platform': 'meta'}",
      { url: `${S}?utm_source=x&utm_medium=cpc&utm_campaign={campaignid}`, policy: { platform: 'meta' } },
      [{ severity: 'warning', field: 'utm_campaign', range: [67, 79] }],
    ],
  ],
});
