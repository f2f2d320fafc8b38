// Tests for RevloopError: codes, findings, the cross-build guard and input descriptions that never echo huge values.
import { describe, expect, it } from 'vitest';
import { describeValue, invalidInputError, isRevloopError, RevloopError } from './errors.js';

describe('RevloopError', () => {
  it('carries a code, the findings and a message built from them', () => {
    const error = new RevloopError('links/relative-url', [
      { ruleId: 'links/invalid-url', category: 'links', severity: 'error', message: 'Pass a base URL.' },
    ]);
    expect(error).toBeInstanceOf(Error);
    expect(error.code).toBe('links/relative-url');
    expect(error.message).toBe('Pass a base URL.');
    expect(error.findings).toHaveLength(1);
  });

  it('isRevloopError recognises the brand, not the class identity (ESM and CJS builds are two classes)', () => {
    const foreign = Object.assign(new Error('x'), { [Symbol.for('@revloop/core/error')]: true, code: 'a/b' });
    expect(isRevloopError(foreign)).toBe(true);
    expect(isRevloopError(new RevloopError('a/b', []))).toBe(true);
    expect(isRevloopError(new TypeError('x'))).toBe(false);
    expect(isRevloopError(null)).toBe(false);
    expect(isRevloopError('a/b')).toBe(false);
  });
});

describe('invalidInputError', () => {
  it.each<[unknown, string]>([
    [undefined, 'undefined'],
    [null, 'null'],
    [42, 'number 42'],
    ['short', '"short"'],
    ['x'.repeat(500), 'a string of 500 characters'],
    [[1, 2], 'an array of 2'],
    [{ a: 1 }, 'an object'],
  ])('describes %s without echoing it whole', (value, described) => {
    expect(describeValue(value)).toBe(described);
    const error = invalidInputError('listing', 'listing', value, 'a Listing object');
    expect(error.code).toBe('listing/invalid-input');
    expect(error.findings[0]).toMatchObject({ ruleId: 'listing/invalid-input', field: 'listing', severity: 'error' });
    expect(error.message).toBe(`"listing" must be a Listing object; got ${described}.`);
  });
});

describe('invalidInputError never throws, whatever it is given', () => {
  const hostile = Object.create(null);
  const badToString = Object.assign(() => 0, {
    toString() {
      throw new Error('no');
    },
  });

  it.each<[string, unknown[], { code: string; field: string; text: string }]>([
    [
      'a null-prototype object as the value',
      ['links', 'url', hostile, 'a URL'],
      { code: 'links/invalid-input', field: 'url', text: 'an object' },
    ],
    [
      'a function whose toString throws',
      ['links', 'url', badToString, 'a URL'],
      { code: 'links/invalid-input', field: 'url', text: 'a function' },
    ],
    [
      'an array holding one as the module',
      [[hostile], 'url', 1, 'a URL'],
      { code: 'unknown/invalid-input', field: 'url', text: 'number 1' },
    ],
    [
      'one as the field and the expectation',
      ['copy', hostile, 1, hostile],
      { code: 'copy/invalid-input', field: 'an object', text: 'number 1' },
    ],
    ['nothing at all', [], { code: 'unknown/invalid-input', field: '(input)', text: 'undefined' }],
    [
      'a symbol and a bigint',
      ['html', Symbol('f'), 10n, 'x'],
      { code: 'html/invalid-input', field: 'symbol Symbol(f)', text: 'bigint 10' },
    ],
  ])('%s', (_label, args, expected) => {
    const error = (invalidInputError as (...a: unknown[]) => RevloopError)(...args);
    expect(isRevloopError(error)).toBe(true);
    expect({ code: error.code, field: error.findings[0]?.field, text: error.findings[0]?.evidence?.text }).toEqual(
      expected,
    );
    expect(error.message).toContain('must be');
  });

  it('describes null-prototype objects and functions without converting them', () => {
    expect(describeValue(hostile)).toBe('an object');
    expect(describeValue(badToString)).toBe('a function');
  });
});
