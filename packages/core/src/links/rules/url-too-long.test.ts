/** Table test for links/url-too-long: passing and failing links with exact fields, ranges and fixes. */
import { ruleTable } from '../../test-support/rule-table.js';
import { campaignExampleContext } from '../check-context.js';
import { linksUrlTooLongRule } from './url-too-long.js';

const S = 'https://shop.example.com/';
const ok = `${S}?utm_source=google&utm_medium=cpc&utm_campaign=spring`;

ruleTable(linksUrlTooLongRule, {
  context: campaignExampleContext,
  pin: ['severity', 'field', 'range', 'fix'],
  pass: [['the clean link', ok]],
  fail: [
    [
      "the clean link under {'maxLength': 50}",
      { url: ok, policy: { maxLength: 50 } },
      [{ severity: 'warning', field: 'url' }],
    ],
  ],
});
