/** Table test for links/duplicate-parameter: passing and failing links with exact fields, ranges and fixes. */
import { ruleTable } from '../../test-support/rule-table.js';
import { campaignExampleContext } from '../check-context.js';
import { linksDuplicateParameterRule } from './duplicate-parameter.js';

const S = 'https://shop.example.com/';
const ok = `${S}?utm_source=google&utm_medium=cpc&utm_campaign=spring`;

ruleTable(linksDuplicateParameterRule, {
  context: campaignExampleContext,
  pin: ['severity', 'field', 'range', 'fix'],
  pass: [['the clean link', ok]],
  fail: [
    [
      'utm_source=a&utm_medium=cpc&utm_campaign=x&utm_source=b',
      `${S}?utm_source=a&utm_medium=cpc&utm_campaign=x&utm_source=b`,
      [
        {
          severity: 'error',
          field: 'utm_source',
          range: [69, 81],
          fix: { kind: 'suggest', text: 'Keep one utm_source.' },
        },
      ],
    ],
  ],
});
