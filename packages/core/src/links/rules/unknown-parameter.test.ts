/** Table test for links/unknown-parameter: passing and failing links with exact fields, ranges and fixes. */
import { ruleTable } from '../../test-support/rule-table.js';
import { campaignExampleContext } from '../check-context.js';
import { linksUnknownParameterRule } from './unknown-parameter.js';

const S = 'https://shop.example.com/';
const ok = `${S}?utm_source=google&utm_medium=cpc&utm_campaign=spring`;

ruleTable(linksUnknownParameterRule, {
  context: campaignExampleContext,
  pin: ['severity', 'field', 'range', 'fix'],
  pass: [['the clean link', ok]],
  fail: [
    [
      'utm_source=a&utm_medium=cpc&utm_campaign_id=7',
      `${S}?utm_source=a&utm_medium=cpc&utm_campaign_id=7`,
      [
        {
          severity: 'warning',
          field: 'utm_campaign_id',
          range: [54, 69],
          fix: { kind: 'replace', range: [54, 69], text: 'utm_id' },
        },
      ],
    ],
    [
      'UTM_SOURCE=a',
      `${S}?UTM_SOURCE=a`,
      [
        {
          severity: 'warning',
          field: 'UTM_SOURCE',
          range: [26, 36],
          fix: { kind: 'replace', range: [26, 36], text: 'utm_source' },
        },
      ],
    ],
    ['utm_foo=a', `${S}?utm_foo=a`, [{ severity: 'warning', field: 'utm_foo', range: [26, 33] }]],
  ],
});
