/** Table test for links/value-separator: passing and failing links with exact fields, ranges and fixes. */
import { ruleTable } from '../../test-support/rule-table.js';
import { campaignExampleContext } from '../check-context.js';
import { linksValueSeparatorRule } from './value-separator.js';

const S = 'https://shop.example.com/';
const ok = `${S}?utm_source=google&utm_medium=cpc&utm_campaign=spring`;

ruleTable(linksValueSeparatorRule, {
  context: campaignExampleContext,
  pin: ['severity', 'field', 'range', 'fix'],
  pass: [
    ['the clean link', ok],
    [
      "utm_source=x&utm_medium=cpc&utm_campaign=hero-banner under {'separator': '-'}",
      { url: `${S}?utm_source=x&utm_medium=cpc&utm_campaign=hero-banner`, policy: { separator: '-' } },
    ],
    [
      'utm_source=google-play&utm_medium=social-network&utm_campaign=a_b',
      `${S}?utm_source=google-play&utm_medium=social-network&utm_campaign=a_b`,
    ],
  ],
  fail: [
    [
      'utm_source=x&utm_medium=cpc&utm_campaign=a-b',
      `${S}?utm_source=x&utm_medium=cpc&utm_campaign=a-b`,
      [
        {
          severity: 'warning',
          field: 'utm_campaign',
          range: [67, 70],
          fix: { kind: 'replace', range: [67, 70], text: 'a_b' },
        },
      ],
    ],
    [
      'utm_source=x&utm_medium=cpc&utm_campaign=a-b_c (mixes both)',
      `${S}?utm_source=x&utm_medium=cpc&utm_campaign=a-b_c`,
      [
        {
          severity: 'warning',
          field: 'utm_campaign',
          range: [67, 72],
          fix: { kind: 'replace', range: [67, 72], text: 'a_b_c' },
        },
      ],
    ],
    [
      'utm_source=x&utm_medium=cpc&utm_content=hero-banner_{{ad.name}} (macro kept)',
      `${S}?utm_source=x&utm_medium=cpc&utm_content=hero-banner_{{ad.name}}`,
      [
        {
          severity: 'warning',
          field: 'utm_content',
          range: [66, 89],
          fix: { kind: 'replace', range: [66, 89], text: 'hero_banner_{{ad.name}}' },
        },
      ],
    ],
    [
      "utm_source=x&utm_medium=cpc&utm_content=a_b under {'separator': '-'}",
      { url: `${S}?utm_source=x&utm_medium=cpc&utm_content=a_b`, policy: { separator: '-' } },
      [
        {
          severity: 'warning',
          field: 'utm_content',
          range: [66, 69],
          fix: { kind: 'replace', range: [66, 69], text: 'a-b' },
        },
      ],
    ],
  ],
});
