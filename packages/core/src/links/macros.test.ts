/** Tests for the macro tokenizer, the catalog and malformed-macro detection. */
import { describe, expect, it } from 'vitest';
import { campaignMacros } from './macro-catalog.js';
import {
  findCampaignMacros,
  findMalformedCampaignMacros,
  isKnownCampaignMacro,
  splitCampaignMacros,
} from './macros.js';

describe('findCampaignMacros', () => {
  it.each([
    ['{{campaign.name}}', ['{{campaign.name}}']],
    ['{{ campaign.name }}_x', ['{{ campaign.name }}']],
    ['a_{campaignid}_{lpurl+2}', ['{campaignid}', '{lpurl+2}']],
    ['{ifmobile:[m]}', ['{ifmobile:[m]}']],
    ['{CampaignId}-{AdGroup}', ['{CampaignId}', '{AdGroup}']],
    ['x__CAMPAIGN_NAME__y', ['__CAMPAIGN_NAME__']],
    ['*|EMAIL_UID|*', ['*|EMAIL_UID|*']],
    ['[*Campaign*]', ['[*Campaign*]']],
    ['plain_value', []],
    ['__init__', []],
    ['{ spaced }', []],
    ['{{a#b}}', []],
  ])('%j → %j', (text, tokens) => expect(findCampaignMacros(text).map((t) => t.text)).toEqual(tokens));

  it('gives offsets and splits text into pieces', () => {
    expect(findCampaignMacros('ab{x}')).toEqual([{ start: 2, end: 5, text: '{x}' }]);
    expect(splitCampaignMacros('a {x} b')).toEqual([
      { text: 'a ', macro: false },
      { text: '{x}', macro: true },
      { text: ' b', macro: false },
    ]);
  });

  it('stays fast on long hostile input (no catastrophic backtracking)', () => {
    const hostile = `__${'A_'.repeat(10000)}${'{a'.repeat(5000)}${'{{'.repeat(5000)}${'*|A'.repeat(5000)}`;
    expect(findCampaignMacros(hostile)).toEqual([]);
  });
});

describe('findMalformedCampaignMacros', () => {
  it.each([
    ['{{campaign.name}', 'unbalanced brace', '{'],
    ['{campaignid', 'unbalanced brace', '{'],
    ['campaignid}', 'unbalanced brace', '}'],
    ['*|EMAIL_UID', 'unclosed macro', '*|'],
    ['__CAMPAIGN_NAME_', 'unclosed TikTok-style macro', '__'],
    ['__CAMPAIGN_NAMES__', 'not a TikTok macro (check the spelling)', '__CAMPAIGN_NAMES__'],
  ])('%j → %s', (text, reason, at) => {
    expect(findMalformedCampaignMacros(text)[0]).toMatchObject({ reason, text: at });
  });

  it.each(['{{campaign.name}}', '__CAMPAIGN_NAME__', 'spring_sale', '*|EMAIL_UID|*', 'a__b'])('%j is fine', (text) => {
    expect(findMalformedCampaignMacros(text)).toEqual([]);
  });
});

describe('catalog', () => {
  it('lists the platforms the extension offers, each token parseable as a macro', () => {
    expect(campaignMacros.map((p) => p.id)).toEqual([
      'meta',
      'google-ads',
      'microsoft-ads',
      'tiktok',
      'pinterest',
      'mailchimp',
      'klaviyo',
      'sa360',
    ]);
    for (const platform of campaignMacros) {
      for (const macro of platform.macros) {
        expect(findCampaignMacros(macro.token).map((t) => t.text)).toEqual([macro.token]);
        expect(isKnownCampaignMacro(macro.token, platform.id)).toBe(true);
      }
    }
  });

  it('knows which platform substitutes what', () => {
    expect(isKnownCampaignMacro('{campaignid}', 'meta')).toBe(false);
    expect(isKnownCampaignMacro('{_season}', 'google-ads')).toBe(true);
    expect(isKnownCampaignMacro('*|FNAME|*', 'mailchimp')).toBe(true);
    expect(isKnownCampaignMacro('{{ anything }}', 'klaviyo')).toBe(true);
    expect(isKnownCampaignMacro('{campaignId}', 'microsoft-ads')).toBe(false);
  });
});
