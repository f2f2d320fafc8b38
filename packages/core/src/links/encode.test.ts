/** Tests for encodeCampaignValue and decoding: %20 for spaces, macros verbatim, stray % kept. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeCampaignQueryComponent, decodeCampaignValue, encodeCampaignValue } from './encode.js';
import { campaignMacros } from './macro-catalog.js';

const ALL_MACROS = campaignMacros.flatMap((p) => p.macros.map((m) => m.token));

describe('encodeCampaignValue', () => {
  it.each([
    ['spring_sale', 'spring_sale'],
    ['spring sale', 'spring%20sale'],
    ['a+b&c=d#e', 'a%2Bb%26c%3Dd%23e'],
    ['{{campaign.name}}', '{{campaign.name}}'],
    ['{{ campaign.name }}', '{{ campaign.name }}'],
    ['x {campaignid}-{lpurl+2}', 'x%20{campaignid}-{lpurl+2}'],
    ['{CampaignId}', '{CampaignId}'],
    ['__CAMPAIGN_NAME__ ad', '__CAMPAIGN_NAME__%20ad'],
    ['*|EMAIL_UID|*', '*|EMAIL_UID|*'],
    ['[*Campaign*]', '[*Campaign*]'],
    ['{{a#b}}', '%7B%7Ba%23b%7D%7D'],
    ['100%', '100%25'],
    ['é', '%C3%A9'],
    ['\uD800x', '%EF%BF%BDx'],
  ])('%j → %j', (value, encoded) => expect(encodeCampaignValue(value)).toBe(encoded));
});

describe('decodeCampaignValue', () => {
  it.each([
    ['spring%20sale', 'spring sale'],
    ['spring+sale', 'spring sale'],
    ['{lpurl+2}+x', '{lpurl+2} x'],
    ['%7B%7Bcampaign.name%7D%7D', '{{campaign.name}}'],
    ['100%', '100%'],
    ['%E0%A4%A', '%E0%A4%A'],
    ['a%ZZ%20b', 'a%ZZ b'],
  ])('%j → %j', (raw, value) => expect(decodeCampaignValue(raw)).toBe(value));

  it('decodes query components without throwing on broken escapes', () => {
    expect(decodeCampaignQueryComponent('%C3%A9%C3')).toBe('é%C3');
  });
});

describe('properties', () => {
  const withMacros = fc
    .array(fc.oneof(fc.string({ unit: 'binary' }), fc.constantFrom(...ALL_MACROS)), { maxLength: 6 })
    .map((parts) => parts.join(''));

  it('decode(encode(v)) === v for well-formed text, macros included', () => {
    fc.assert(
      fc.property(withMacros, (v) => {
        const wellFormed = v.replace(
          /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
          '\uFFFD',
        );
        expect(decodeCampaignValue(encodeCampaignValue(v))).toBe(wellFormed);
      }),
      { numRuns: 1000 },
    );
  });

  it('every catalog macro survives byte for byte next to any text', () => {
    fc.assert(
      fc.property(fc.string(), fc.constantFrom(...ALL_MACROS), fc.string(), (a, macro, b) => {
        const safe = (s: string) => s.replace(/[{}_*|[\]]/g, '');
        expect(encodeCampaignValue(`${safe(a)} ${macro} ${safe(b)}`)).toContain(macro);
      }),
    );
  });

  it('encoded values never hold characters that would split a query (spaces only inside `{{ … }}` tags)', () => {
    fc.assert(
      fc.property(withMacros, (v) => {
        expect(encodeCampaignValue(v)).not.toMatch(/[&#\t\n\r]/);
      }),
    );
  });
});
