/** Tests for the campaign parameter keys, click ids and the params schema. */
import { describe, expect, it } from 'vitest';
import { CAMPAIGN_CLICK_ID_KEYS, CAMPAIGN_PARAM_FIELDS, CampaignParamsSchema, campaignFieldForKey } from './params.js';

describe('campaign params', () => {
  it('maps the nine GA4 keys, and nothing else', () => {
    expect(
      CAMPAIGN_PARAM_FIELDS.map((f) => [
        f,
        campaignFieldForKey(`utm_${f.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)}`),
      ]),
    ).toEqual(CAMPAIGN_PARAM_FIELDS.map((f) => [f, f]));
    for (const key of ['utm_campaign_id', 'UTM_SOURCE', 'utm_', 'utm', 'source', 'gclid']) {
      expect(campaignFieldForKey(key)).toBeUndefined();
    }
  });

  it('knows the click ids and validates params objects strictly', () => {
    for (const id of ['gclid', 'gbraid', 'wbraid', 'dclid', 'fbclid', 'msclkid', 'ttclid', 'twclid', 'li_fat_id']) {
      expect(CAMPAIGN_CLICK_ID_KEYS.has(id)).toBe(true);
    }
    expect(CampaignParamsSchema.safeParse({ source: 'a', id: '1' }).success).toBe(true);
    expect(CampaignParamsSchema.safeParse({ campaignId: '1' }).success).toBe(false);
  });
});
