/** RevloopError: the one error base every public function throws, with a stable `code` and the findings behind it. */
import type { Finding } from './finding.js';

/**
 * A brand shared by every copy of this module. The ESM and CJS builds are two module instances, so an error
 * thrown by one fails `instanceof` against the other's class (the dual-package hazard); `Symbol.for` is global.
 */
const REVLOOP_ERROR_BRAND: unique symbol = Symbol.for('@revloop/core/error') as never;

/** Stable machine-readable codes; each module's codes are prefixed with its name. */
export type RevloopErrorCode = `${string}/${string}`;

export class RevloopError extends Error {
  override name = 'RevloopError';
  readonly [REVLOOP_ERROR_BRAND] = true;
  constructor(
    /** `<module>/<kebab-name>`, e.g. `config/invalid`, `listing/invalid-input`, `links/relative-url`. */
    readonly code: RevloopErrorCode,
    /** Every problem found, each naming its field and value, so a UI can show them all at once. */
    readonly findings: readonly Finding[],
    message: string = findings.map((f) => f.message).join(' ') || code,
  ) {
    super(message);
  }
}

/** True for a `RevloopError` from any copy of `@revloop/core` (ESM or CJS), where `instanceof` may not be. */
export function isRevloopError(value: unknown): value is RevloopError {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { [REVLOOP_ERROR_BRAND]?: unknown })[REVLOOP_ERROR_BRAND] === true
  );
}

/** Describes a value for an error message without echoing a huge or hostile input. */
export function describeValue(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (Array.isArray(value)) return `an array of ${value.length}`;
  if (typeof value === 'string')
    return value.length > 60 ? `a string of ${value.length} characters` : JSON.stringify(value);
  // Objects (null-prototype ones included) and functions are named, never converted: their toString may throw.
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'function') return 'a function';
  return `${typeof value} ${String(value).slice(0, 40)}`;
}

/** A caller-supplied name (module, field, expectation) as text: strings as they are, anything else described. */
function nameText(value: unknown, fallback: string): string {
  if (typeof value === 'string') return value || fallback;
  return value === undefined || value === null ? fallback : describeValue(value);
}

/**
 * The error for an argument of the wrong shape: one finding that names the field, what came and what was expected.
 * Never throws itself, whatever it is given (a non-string module becomes `unknown`).
 */
export function invalidInputError(module: string, field: string, value: unknown, expected: string): RevloopError {
  const moduleName = typeof module === 'string' && module !== '' ? module : 'unknown';
  const message = `"${nameText(field, '(input)')}" must be ${nameText(expected, 'valid')}; got ${describeValue(value)}.`;
  const finding: Finding = {
    ruleId: `${moduleName}/invalid-input`,
    category: moduleName,
    severity: 'error',
    field: nameText(field, '(input)'),
    message,
    evidence: { text: describeValue(value) },
  };
  return new RevloopError(`${moduleName}/invalid-input`, [finding], message);
}
