/** Table test for links/unassigned-channel: passing and failing links with exact fields, ranges and fixes. */
import { ruleTable } from '../../test-support/rule-table.js';
import { campaignExampleContext } from '../check-context.js';
import { linksUnassignedChannelRule } from './unassigned-channel.js';

const S = 'https://shop.example.com/';
const ok = `${S}?utm_source=google&utm_medium=cpc&utm_campaign=spring`;

ruleTable(linksUnassignedChannelRule, {
  context: campaignExampleContext,
  pin: ['severity', 'field', 'range', 'fix'],
  pass: [
    ['the clean link', ok],
    ['utm_campaign=a', `${S}?utm_campaign=a`],
  ],
  fail: [
    [
      'utm_source=partner&utm_medium=qr&utm_campaign=a',
      `${S}?utm_source=partner&utm_medium=qr&utm_campaign=a`,
      [{ severity: 'warning', field: 'utm_medium' }],
    ],
  ],
});
