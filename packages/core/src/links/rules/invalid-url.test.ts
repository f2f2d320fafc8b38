/** Table test for links/invalid-url: passing and failing links with exact fields, ranges and fixes. */
import { ruleTable } from '../../test-support/rule-table.js';
import { campaignExampleContext } from '../check-context.js';
import { linksInvalidUrlRule } from './invalid-url.js';

const S = 'https://shop.example.com/';
const ok = `${S}?utm_source=google&utm_medium=cpc&utm_campaign=spring`;

ruleTable(linksInvalidUrlRule, {
  context: campaignExampleContext,
  pin: ['severity', 'field', 'range', 'fix'],
  pass: [['the clean link', ok]],
  fail: [
    ['/p?utm_source=a', '/p?utm_source=a', [{ severity: 'error', field: 'url' }]],
    ['javascript:alert(1)', 'javascript:alert(1)', [{ severity: 'error', field: 'url' }]],
  ],
});
