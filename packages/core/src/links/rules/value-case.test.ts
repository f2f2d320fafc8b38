/** Table test for links/value-case: passing and failing links with exact fields, ranges and fixes. */
import { ruleTable } from '../../test-support/rule-table.js';
import { campaignExampleContext } from '../check-context.js';
import { linksValueCaseRule } from './value-case.js';

const S = 'https://shop.example.com/';
const ok = `${S}?utm_source=google&utm_medium=cpc&utm_campaign=spring`;

ruleTable(linksValueCaseRule, {
  context: campaignExampleContext,
  pin: ['severity', 'field', 'range', 'fix'],
  pass: [
    ['the clean link', ok],
    [
      'utm_source=tiktok&utm_medium=cpc&utm_campaign=__CAMPAIGN_NAME__',
      `${S}?utm_source=tiktok&utm_medium=cpc&utm_campaign=__CAMPAIGN_NAME__`,
    ],
    [
      "utm_source=Google&utm_medium=cpc&utm_campaign=a under {'case': 'any'}",
      { url: `${S}?utm_source=Google&utm_medium=cpc&utm_campaign=a`, policy: { case: 'any' } },
    ],
  ],
  fail: [
    [
      'utm_source=Google&utm_medium=cpc&utm_campaign=a',
      `${S}?utm_source=Google&utm_medium=cpc&utm_campaign=a`,
      [
        {
          severity: 'warning',
          field: 'utm_source',
          range: [37, 43],
          fix: { kind: 'replace', range: [37, 43], text: 'google' },
        },
      ],
    ],
    [
      'utm_source=x&utm_medium=cpc&utm_campaign=Launch_{{campaign.name}}',
      `${S}?utm_source=x&utm_medium=cpc&utm_campaign=Launch_{{campaign.name}}`,
      [
        {
          severity: 'warning',
          field: 'utm_campaign',
          range: [67, 91],
          fix: { kind: 'replace', range: [67, 91], text: 'launch_{{campaign.name}}' },
        },
      ],
    ],
  ],
});
