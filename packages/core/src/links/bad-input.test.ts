/** Bad-input table for every public links function: each returns or throws a RevloopError, never a raw error. */
import { describe, expect, it } from 'vitest';
import { isRevloopError } from '../engine/errors.js';
import * as links from './index.js';

const URL_OK = 'https://shop.example.com/?utm_source=google&utm_medium=cpc&utm_campaign=spring';
const PARAMS_OK = { source: 'google', medium: 'cpc', campaign: 'spring' };
const DIMS_OK = { sources: ['google'], mediums: ['cpc'] };

/** Values of the wrong type for any argument: null, numbers, objects where strings go, and worse. */
const BAD: [name: string, value: unknown][] = [
  ['undefined', undefined],
  ['null', null],
  ['a number', 42],
  ['NaN', Number.NaN],
  ['a boolean', true],
  ['an empty object', {}],
  ['an object', { url: URL_OK, source: 1, policy: 7, rulesVersion: {} }],
  ['an array', [1, 'a', null]],
  ['an empty string', ''],
  ['a non-URL string', 'not a url'],
  ['a symbol', Symbol('x')],
  ['a null-prototype object', Object.create(null)],
  ['a function', () => 'x'],
];

/** Each public function with good arguments; every row swaps one argument for a bad value. */
const FUNCTIONS: [name: string, fn: (...args: unknown[]) => unknown, good: unknown[]][] = [
  ['buildCampaignUrl', links.buildCampaignUrl as never, [URL_OK, PARAMS_OK, {}]],
  ['buildCampaignUrlReport', links.buildCampaignUrlReport as never, [URL_OK, PARAMS_OK, {}]],
  ['parseCampaignUrl', links.parseCampaignUrl as never, [URL_OK, {}]],
  ['checkCampaignUrl', links.checkCampaignUrl as never, [URL_OK, {}]],
  ['checkCampaignUrl (positional policy)', links.checkCampaignUrl as never, [URL_OK, {}, {}]],
  ['findCampaignUrlErrors', links.findCampaignUrlErrors as never, [URL_OK, {}]],
  ['buildCampaignMatrix', links.buildCampaignMatrix as never, [URL_OK, DIMS_OK, {}]],
  ['predictChannelGroup', links.predictChannelGroup as never, [PARAMS_OK, {}]],
  ['defaultChannelGroup', links.defaultChannelGroup as never, [PARAMS_OK, {}]],
  ['explainChannelGroup', links.explainChannelGroup as never, [PARAMS_OK, {}]],
  ['parseCampaignPolicy', links.parseCampaignPolicy as never, [{}]],
  ['resolveCampaignPolicy', links.resolveCampaignPolicy as never, [{}]],
  ['encodeCampaignValue', links.encodeCampaignValue as never, ['a b']],
  ['decodeCampaignValue', links.decodeCampaignValue as never, ['a%20b']],
  ['findCampaignMacros', links.findCampaignMacros as never, ['{{ad.id}}']],
  ['splitCampaignMacros', links.splitCampaignMacros as never, ['a_{{ad.id}}']],
  ['findMalformedCampaignMacros', links.findMalformedCampaignMacros as never, ['{{ad.id}']],
  ['isKnownCampaignMacro', links.isKnownCampaignMacro as never, ['{{ad.id}}', 'meta']],
];

/** What a call did: returned, threw a RevloopError (with its code), or threw something else (a bug). */
function outcome(fn: (...args: unknown[]) => unknown, args: unknown[]): string {
  try {
    const out = fn(...args);
    // Materialise lazy results (the matrix CSV) so their errors surface here too.
    if (out && typeof out === 'object' && 'toCsv' in out) (out as { toCsv(): string }).toCsv();
    return 'returned';
  } catch (error) {
    if (isRevloopError(error)) return `RevloopError ${error.code}`;
    return `raw ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`;
  }
}

describe('public links functions on bad input', () => {
  for (const [name, fn, good] of FUNCTIONS) {
    const rows = good.flatMap((_, position) =>
      BAD.map(([label, value]) => {
        const args = [...good];
        args[position] = value;
        return [`argument ${position + 1} is ${label}`, args] as const;
      }),
    );
    it.each(rows)(`${name}: %s`, (_label, args) => {
      expect(outcome(fn, [...args])).toMatch(/^(returned|RevloopError (links|config)\/[a-z-]+)$/);
    });
  }

  it('the good arguments of the table are accepted, so each row tests only its bad value', () => {
    for (const [, fn, good] of FUNCTIONS) expect(outcome(fn, good)).toBe('returned');
  });
});
