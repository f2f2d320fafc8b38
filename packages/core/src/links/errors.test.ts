import { describe, expect, it } from 'vitest';
import { CampaignUrlError, campaignUrlError } from './errors.js';

describe('CampaignUrlError', () => {
  it('is a typed Error carrying findings', () => {
    const e = campaignUrlError('relative-url', 'It is relative.', '/p');
    expect(e).toBeInstanceOf(Error);
    expect(e).toBeInstanceOf(CampaignUrlError);
    expect(e).toMatchObject({ name: 'CampaignUrlError', code: 'relative-url', message: 'It is relative.' });
    expect(e.findings).toEqual([
      {
        ruleId: 'links/invalid-url',
        category: 'links',
        severity: 'error',
        field: 'url',
        message: 'It is relative.',
        evidence: { text: '/p' },
      },
    ]);
  });

  it('joins finding messages when no message is given', () => {
    const f = { ruleId: 'r', category: 'links', severity: 'error' as const, message: 'A.' };
    expect(new CampaignUrlError('policy', [f, { ...f, message: 'B.' }]).message).toBe('A. B.');
  });
});
