/** Table test for links/value-spaces: passing and failing links with exact fields, ranges and fixes. */
import { ruleTable } from '../../test-support/rule-table.js';
import { campaignExampleContext } from '../check-context.js';
import { linksValueSpacesRule } from './value-spaces.js';

const S = 'https://shop.example.com/';
const ok = `${S}?utm_source=google&utm_medium=cpc&utm_campaign=spring`;

ruleTable(linksValueSpacesRule, {
  context: campaignExampleContext,
  pin: ['severity', 'field', 'range', 'fix'],
  pass: [['the clean link', ok]],
  fail: [
    [
      'utm_source=x&utm_medium=cpc&utm_campaign=a%20b',
      `${S}?utm_source=x&utm_medium=cpc&utm_campaign=a%20b`,
      [
        {
          severity: 'warning',
          field: 'utm_campaign',
          range: [67, 72],
          fix: { kind: 'replace', range: [67, 72], text: 'a_b' },
        },
      ],
    ],
    [
      "utm_source=x&utm_medium=cpc&utm_campaign=a+b under {'separator': '-'}",
      { url: `${S}?utm_source=x&utm_medium=cpc&utm_campaign=a+b`, policy: { separator: '-' } },
      [
        {
          severity: 'warning',
          field: 'utm_campaign',
          range: [67, 70],
          fix: { kind: 'replace', range: [67, 70], text: 'a-b' },
        },
      ],
    ],
  ],
});
