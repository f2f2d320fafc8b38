/** Tests for CampaignUrlError: a RevloopError with a links/ code, recognised across package copies. */
import { describe, expect, it } from 'vitest';
import { isRevloopError, RevloopError } from '../engine/errors.js';
import { CampaignUrlError, campaignUrlError, isCampaignUrlError } from './errors.js';

describe('CampaignUrlError', () => {
  it('is a RevloopError with a links/ code carrying findings', () => {
    const e = campaignUrlError('links/relative-url', 'It is relative.', '/p');
    expect(e).toBeInstanceOf(RevloopError);
    expect(e).toBeInstanceOf(CampaignUrlError);
    expect(isRevloopError(e)).toBe(true);
    expect(isCampaignUrlError(e)).toBe(true);
    expect(e).toMatchObject({ name: 'CampaignUrlError', code: 'links/relative-url', message: 'It is relative.' });
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
    expect(new CampaignUrlError('links/policy', [f, { ...f, message: 'B.' }]).message).toBe('A. B.');
  });

  it('recognises a links error from another copy of the package by its brand and code, not its class', () => {
    // What the CJS build's error looks like to the ESM build: branded, but a different class.
    const foreign = new RevloopError('links/invalid-url', []);
    expect(foreign).not.toBeInstanceOf(CampaignUrlError);
    expect(isCampaignUrlError(foreign)).toBe(true);
    expect(isCampaignUrlError(new RevloopError('config/invalid', []))).toBe(false);
    expect(isCampaignUrlError(Object.assign(new Error('x'), { code: 'links/policy', findings: [] }))).toBe(false);
  });
});
