/** Table test for links/value-not-allowed: passing and failing links with exact fields, ranges and fixes. */
import { ruleTable } from '../../test-support/rule-table.js';
import { campaignExampleContext } from '../check-context.js';
import { linksValueNotAllowedRule } from './value-not-allowed.js';

const S = 'https://shop.example.com/';
const ok = `${S}?utm_source=google&utm_medium=cpc&utm_campaign=spring`;

ruleTable(linksValueNotAllowedRule, {
  context: campaignExampleContext,
  pin: ['severity', 'field', 'range', 'fix'],
  pass: [
    ["the clean link under {'allowed': {'medium': ['cpc']}}", { url: ok, policy: { allowed: { medium: ['cpc'] } } }],
    [
      "utm_source=x&utm_medium=cpc&utm_campaign={_c} under {'allowed': {'campaign': ['spring']}}",
      { url: `${S}?utm_source=x&utm_medium=cpc&utm_campaign={_c}`, policy: { allowed: { campaign: ['spring'] } } },
    ],
  ],
  fail: [
    [
      "utm_source=x&utm_medium=ppc_ads&utm_campaign=a under {'allowed': {'medium': ['cpc']}}",
      { url: `${S}?utm_source=x&utm_medium=ppc_ads&utm_campaign=a`, policy: { allowed: { medium: ['cpc'] } } },
      [{ severity: 'error', field: 'utm_medium', range: [50, 57] }],
    ],
    [
      'utm_source=FB&utm_medium=cpc&utm_campaign=a',
      `${S}?utm_source=FB&utm_medium=cpc&utm_campaign=a`,
      [
        {
          severity: 'warning',
          field: 'utm_source',
          range: [37, 39],
          fix: { kind: 'replace', range: [37, 39], text: 'facebook' },
        },
      ],
    ],
    [
      "utm_source=x&utm_medium=social&utm_content=zz under {'templates': {'social': {'allowed': {'content': ['a', 'b']}}}}",
      {
        url: `${S}?utm_source=x&utm_medium=social&utm_content=zz`,
        policy: { templates: { social: { allowed: { content: ['a', 'b'] } } } },
      },
      [{ severity: 'error', field: 'utm_content', range: [69, 71] }],
    ],
  ],
});
