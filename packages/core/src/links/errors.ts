/** CampaignUrlError: the one error the links module throws, a RevloopError whose findings name each bad parameter. */
import { invalidInputError, isRevloopError, RevloopError } from '../engine/errors.js';
import type { Finding } from '../engine/finding.js';

/** Codes carry the module prefix like every RevloopError code, so one `switch (e.code)` can serve every module. */
export type CampaignUrlErrorCode =
  | 'links/invalid-url'
  | 'links/relative-url'
  | 'links/invalid-params'
  | 'links/invalid-policy'
  | 'links/policy'
  | 'links/invalid-input';

export class CampaignUrlError extends RevloopError {
  override name = 'CampaignUrlError';
  declare readonly code: CampaignUrlErrorCode;
  constructor(code: CampaignUrlErrorCode, findings: Finding[], message?: string) {
    super(code, findings, message);
  }
}

/** True for a CampaignUrlError from any copy of the package: `instanceof` fails across the ESM and CJS builds. */
export function isCampaignUrlError(value: unknown): value is CampaignUrlError {
  return isRevloopError(value) && value.code.startsWith('links/');
}

/** A single-finding error, for input that is not a usable URL at all. */
export function campaignUrlError(
  code: CampaignUrlErrorCode,
  message: string,
  value?: string,
  field = 'url',
): CampaignUrlError {
  const finding: Finding = { ruleId: 'links/invalid-url', category: 'links', severity: 'error', field, message };
  if (value !== undefined) finding.evidence = { text: value.length > 200 ? `${value.slice(0, 197)}…` : value };
  return new CampaignUrlError(code, [finding], message);
}

/** An argument of the wrong type (`links/invalid-input`), naming the argument, what came and what was expected. */
export function campaignInputError(field: string, value: unknown, expected: string): CampaignUrlError {
  const { findings, message } = invalidInputError('links', field, value, expected);
  return new CampaignUrlError('links/invalid-input', [...findings], message);
}
