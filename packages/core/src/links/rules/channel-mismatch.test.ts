/** Table test for links/channel-mismatch: passing and failing links with exact fields, ranges and fixes. */
import { describe, expect, it } from 'vitest';
import { ruleTable } from '../../test-support/rule-table.js';
import { campaignExampleContext } from '../check-context.js';
import { campaignMediumIntent, linksChannelMismatchRule } from './channel-mismatch.js';

const S = 'https://shop.example.com/';
const ok = `${S}?utm_source=google&utm_medium=cpc&utm_campaign=spring`;

ruleTable(linksChannelMismatchRule, {
  context: campaignExampleContext,
  pin: ['severity', 'field', 'range', 'fix'],
  pass: [
    ['the clean link', ok],
    ['utm_source=newsletter&utm_medium=cpc&utm_campaign=a', `${S}?utm_source=newsletter&utm_medium=cpc&utm_campaign=a`],
  ],
  fail: [
    [
      'utm_source=facebook&utm_medium=email&utm_campaign=a',
      `${S}?utm_source=facebook&utm_medium=email&utm_campaign=a`,
      [{ severity: 'warning', field: 'utm_medium' }],
    ],
    [
      'utm_source=fb&utm_medium=social_paid&utm_campaign=a',
      `${S}?utm_source=fb&utm_medium=social_paid&utm_campaign=a`,
      [{ severity: 'warning', field: 'utm_medium' }],
    ],
  ],
});

describe('campaignMediumIntent', () => {
  it.each([
    ['social_paid', ['Paid Social']],
    ['e-mail', ['Email']],
    ['qr', undefined],
  ])('%s → %j', (medium, intent) => expect(campaignMediumIntent(medium)).toEqual(intent));
});
