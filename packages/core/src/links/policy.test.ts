import { describe, expect, it } from 'vitest';
import { CampaignUrlError } from './errors.js';
import { CampaignPolicySchema, defaultCampaignPolicy, parseCampaignPolicy, strictCampaignPolicy } from './policy.js';

describe('CampaignPolicy', () => {
  it('fills defaults from an empty object and round-trips through JSON', () => {
    const p = parseCampaignPolicy({});
    expect(p).toMatchObject({
      required: ['source', 'medium'],
      requireOneOf: [['campaign', 'id']],
      case: 'lower',
      separator: '_',
      maxLength: 2048,
    });
    expect(CampaignPolicySchema.parse(JSON.parse(JSON.stringify(strictCampaignPolicy)))).toEqual(strictCampaignPolicy);
  });

  it('ships a default and a strict example', () => {
    expect(defaultCampaignPolicy.aliases.source?.fb).toBe('facebook');
    expect(strictCampaignPolicy.templates['paid-social']?.required).toEqual(['content']);
    expect(strictCampaignPolicy.separator).toBe('-');
  });

  it('names the bad key in a CampaignUrlError', () => {
    try {
      parseCampaignPolicy({ required: ['source', 'utm_campaign_id'] });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(CampaignUrlError);
      expect((e as CampaignUrlError).code).toBe('invalid-policy');
      expect((e as Error).message).toContain('required.1');
    }
  });
});
