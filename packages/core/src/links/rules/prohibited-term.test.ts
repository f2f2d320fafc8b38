/** Table test for links/prohibited-term: passing and failing links with exact fields, ranges and fixes. */
import { ruleTable } from '../../test-support/rule-table.js';
import { campaignExampleContext } from '../check-context.js';
import { linksProhibitedTermRule } from './prohibited-term.js';

const S = 'https://shop.example.com/';
const ok = `${S}?utm_source=google&utm_medium=cpc&utm_campaign=spring`;

ruleTable(linksProhibitedTermRule, {
  context: campaignExampleContext,
  pin: ['severity', 'field', 'range', 'fix'],
  pass: [["the clean link under {'prohibited': ['test']}", { url: ok, policy: { prohibited: ['test'] } }]],
  fail: [
    [
      "utm_source=x&utm_medium=cpc&utm_campaign=my_TEST under {'prohibited': ['test']}",
      { url: `${S}?utm_source=x&utm_medium=cpc&utm_campaign=my_TEST`, policy: { prohibited: ['test'] } },
      [{ severity: 'error', field: 'utm_campaign', range: [67, 74] }],
    ],
  ],
});
