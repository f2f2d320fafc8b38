/** Table test for links/pii: passing and failing links with exact fields, ranges and fixes. */
import { describe, expect, it } from 'vitest';
import { ruleTable } from '../../test-support/rule-table.js';
import { campaignExampleContext } from '../check-context.js';
import { campaignPiiKind, linksPiiRule } from './pii.js';

const S = 'https://shop.example.com/';
const ok = `${S}?utm_source=google&utm_medium=cpc&utm_campaign=spring`;

ruleTable(linksPiiRule, {
  context: campaignExampleContext,
  pin: ['severity', 'field', 'range', 'fix'],
  pass: [
    ['the clean link', ok],
    ['utm_id=120210000123456789&gclid=a@b.co', `${S}?utm_id=120210000123456789&gclid=a@b.co`],
  ],
  fail: [
    [
      'utm_source=x&utm_medium=email&utm_content=jane%40example.com',
      `${S}?utm_source=x&utm_medium=email&utm_content=jane%40example.com`,
      [{ severity: 'error', field: 'utm_content', range: [68, 86] }],
    ],
    [
      'phone=(555)%20123-4567&utm_source=x',
      `${S}?phone=(555)%20123-4567&utm_source=x`,
      [{ severity: 'error', field: 'phone', range: [32, 48] }],
    ],
  ],
});

describe('campaignPiiKind', () => {
  it.each([
    ['jane.doe@example.co.uk', 'e-mail address'],
    ['+49 151 12345678', 'phone number'],
    ['555-123-4567', 'phone number'],
    ['2024-01-15', undefined],
    ['120210000123456789', undefined],
    ['@brand', undefined],
  ])('%s → %s', (value, kind) => expect(campaignPiiKind(value)).toBe(kind));
});
