/** Table test for links/missing-parameter: passing and failing links with exact fields, ranges and fixes. */
import { ruleTable } from '../../test-support/rule-table.js';
import { campaignExampleContext } from '../check-context.js';
import { linksMissingParameterRule } from './missing-parameter.js';

const S = 'https://shop.example.com/';
const ok = `${S}?utm_source=google&utm_medium=cpc&utm_campaign=spring`;

ruleTable(linksMissingParameterRule, {
  context: campaignExampleContext,
  pin: ['severity', 'field', 'range', 'fix'],
  pass: [
    ['the clean link', ok],
    ['utm_source=google&utm_medium=cpc&utm_id=7', `${S}?utm_source=google&utm_medium=cpc&utm_id=7`],
  ],
  fail: [
    [
      'utm_medium=&utm_campaign=a',
      `${S}?utm_medium=&utm_campaign=a`,
      [
        { severity: 'error', field: 'utm_source' },
        { severity: 'error', field: 'utm_medium' },
      ],
    ],
    ['utm_source=a&utm_medium=b', `${S}?utm_source=a&utm_medium=b`, [{ severity: 'error', field: 'utm_campaign' }]],
    [
      "utm_source=facebook&utm_medium=paid-social&utm_campaign=a under {'templates': {'paid-social': {'required': ['content']}}}",
      {
        url: `${S}?utm_source=facebook&utm_medium=paid-social&utm_campaign=a`,
        policy: { templates: { 'paid-social': { required: ['content'] } } },
      },
      [{ severity: 'error', field: 'utm_content' }],
    ],
  ],
});
