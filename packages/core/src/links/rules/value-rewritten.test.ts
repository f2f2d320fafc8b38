/** Table test for links/value-rewritten: built links with and without policy rewrites, with exact fields and evidence. */
import { ruleTable } from '../../test-support/rule-table.js';
import { campaignExampleContext } from '../check-context.js';
import { defaultCampaignPolicy } from '../policy.js';
import { linksValueRewrittenRule } from './value-rewritten.js';

const S = 'https://shop.example.com/';
const loose = { source: 'FB', medium: 'paid-social', campaign: 'Spring Sale', content: 'hero-banner' };
const all = { aliases: true, case: true, spaces: true, separator: true };

ruleTable(linksValueRewrittenRule, {
  context: campaignExampleContext,
  pin: ['severity', 'field', 'range', 'evidence'],
  pass: [
    ['a link checked as found', `${S}?utm_source=FB&utm_medium=paid-social&utm_campaign=Spring%20Sale`],
    ['loose values under the default policy (kept as given)', { url: S, params: loose }],
    [
      'conforming values under a rewriting policy',
      { url: S, params: { source: 'facebook', medium: 'paid_social', campaign: 'spring' }, policy: { normalize: all } },
    ],
  ],
  fail: [
    [
      'every rewrite on, with the default aliases',
      { url: S, params: loose, policy: { ...defaultCampaignPolicy, normalize: all } },
      [
        { severity: 'info', field: 'utm_source', range: [37, 45], evidence: { text: 'facebook', value: 'FB' } },
        {
          severity: 'info',
          field: 'utm_medium',
          range: [57, 68],
          evidence: { text: 'paid_social', value: 'paid-social' },
        },
        {
          severity: 'info',
          field: 'utm_campaign',
          range: [82, 93],
          evidence: { text: 'spring_sale', value: 'Spring Sale' },
        },
        {
          severity: 'info',
          field: 'utm_content',
          range: [106, 117],
          evidence: { text: 'hero_banner', value: 'hero-banner' },
        },
      ],
    ],
    [
      'only normalize.case on: the other values stay as given',
      { url: `${S}?ref=nav`, params: loose, policy: { normalize: { case: true } } },
      [
        { severity: 'info', field: 'utm_source', range: [45, 47], evidence: { text: 'fb', value: 'FB' } },
        {
          severity: 'info',
          field: 'utm_campaign',
          range: [84, 97],
          evidence: { text: 'spring sale', value: 'Spring Sale' },
        },
      ],
    ],
  ],
});
