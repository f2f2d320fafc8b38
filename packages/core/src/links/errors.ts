/** CampaignUrlError: the one error the links module throws, with findings that name each bad parameter. */
import type { Finding } from '../engine/finding.js';

export type CampaignUrlErrorCode = 'invalid-url' | 'relative-url' | 'invalid-params' | 'invalid-policy' | 'policy';

export class CampaignUrlError extends Error {
  override readonly name = 'CampaignUrlError';
  constructor(
    readonly code: CampaignUrlErrorCode,
    readonly findings: Finding[],
    message = findings.map((f) => f.message).join(' ') || code,
  ) {
    super(message);
  }
}

/** A single-finding error, for input that is not a usable URL at all. */
export function campaignUrlError(code: CampaignUrlErrorCode, message: string, value?: string): CampaignUrlError {
  const finding: Finding = { ruleId: 'links/invalid-url', category: 'links', severity: 'error', field: 'url', message };
  if (value !== undefined) finding.evidence = { text: value.length > 200 ? `${value.slice(0, 197)}…` : value };
  return new CampaignUrlError(code, [finding], message);
}
