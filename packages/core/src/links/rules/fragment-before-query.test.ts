/** Table test for links/fragment-before-query: passing and failing links with exact fields, ranges and fixes. */
import { ruleTable } from '../../test-support/rule-table.js';
import { campaignExampleContext } from '../check-context.js';
import { linksFragmentBeforeQueryRule } from './fragment-before-query.js';

const S = 'https://shop.example.com/';

ruleTable(linksFragmentBeforeQueryRule, {
  context: campaignExampleContext,
  pin: ['severity', 'field', 'range', 'fix'],
  pass: [['p?utm_source=x&utm_medium=cpc&utm_campaign=a#top', `${S}p?utm_source=x&utm_medium=cpc&utm_campaign=a#top`]],
  fail: [
    [
      'p#top?utm_source=x&utm_medium=cpc',
      `${S}p#top?utm_source=x&utm_medium=cpc`,
      [
        {
          severity: 'error',
          field: 'utm_source',
          range: [31, 43],
          fix: {
            kind: 'suggest',
            text: 'Rebuild the link with buildCampaignUrl, which moves the parameters before "#".',
          },
        },
        {
          severity: 'error',
          field: 'utm_medium',
          range: [44, 58],
          fix: {
            kind: 'suggest',
            text: 'Rebuild the link with buildCampaignUrl, which moves the parameters before "#".',
          },
        },
      ],
    ],
  ],
});
