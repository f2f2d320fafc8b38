// Tests for the spec value parsers: duration and count tables, plus fast-check properties (never throws, round-trips).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_SPEC_VALUE_CHARS, parseDurationSec, parseSpecCount } from './spec-values.js';

const SEED = 14;

describe('parseDurationSec', () => {
  it.each([
    [30, 30],
    [1.5, 1.5],
    ['30', 30],
    ['30s', 30],
    ['30 s', 30],
    [' 30 sec ', 30],
    ['30 Seconds', 30],
    ['0:30', 30],
    ['1:05', 65],
    ['12:00', 720],
    ['1:02:03', 3723],
    ['2 min', 120],
    ['2m', 120],
    ['1.5 minutes', 90],
    ['0.1 min', 6],
    ['1m30s', 90],
    ['1 min 30 s', 90],
    ['1h 2m 3s', 3723],
    ['1 hour', 3600],
  ] as const)('reads %j as %d s', (input, seconds) => {
    expect(parseDurationSec(input)).toBe(seconds);
  });

  it.each([
    ['', 'empty'],
    ['   ', 'blank'],
    ['soon', 'no number'],
    ['30x', 'unknown unit'],
    ['30s!', 'trailing junk'],
    ['-30s', 'a sign'],
    ['.5s', 'no leading digit'],
    ['5.s', 'no digit after the point'],
    ['1 min 30', 'a bare number after a unit'],
    ['30 10', 'two bare numbers'],
    ['30s 2m', 'units out of order'],
    ['1m 1m', 'a unit twice'],
    ['1:5', 'one-digit seconds'],
    ['1:60', 'sixty seconds'],
    [':30', 'no minutes'],
    ['1:2:3:4', 'four clock fields'],
    ['0:3a', 'a letter in the clock'],
    ['15-30s', 'a range'],
    [`${'1'.repeat(MAX_SPEC_VALUE_CHARS)}s`, 'too long'],
  ])('refuses %j (%s)', (input) => {
    expect(parseDurationSec(input)).toBeUndefined();
  });

  it.each([[Number.NaN], [Number.POSITIVE_INFINITY], [null], [undefined], [{}], [['30s']], [true]])(
    'refuses %j',
    (input) => {
      expect(parseDurationSec(input)).toBeUndefined();
    },
  );

  it('never throws, and returns undefined or a finite number ≥ 0, for any string', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^[0-9 :.smhinecourt]{0,20}$/)), (text) => {
        const seconds = parseDurationSec(text);
        expect(seconds === undefined || (Number.isFinite(seconds) && seconds >= 0)).toBe(true);
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });

  it('round-trips "Ns", "N sec", "M:SS", "H:MM:SS" and "M min" for generated values', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 36_000 }), (n) => {
        const pad = (x: number) => String(x).padStart(2, '0');
        const [h, m, s] = [Math.floor(n / 3600), Math.floor((n % 3600) / 60), n % 60];
        expect(parseDurationSec(`${n}s`)).toBe(n);
        expect(parseDurationSec(`${n} sec`)).toBe(n);
        expect(parseDurationSec(`${Math.floor(n / 60)}:${pad(n % 60)}`)).toBe(n);
        expect(parseDurationSec(`${h}:${pad(m)}:${pad(s)}`)).toBe(n);
        expect(parseDurationSec(`${Math.floor(n / 60)} min ${n % 60}s`)).toBe(n);
      }),
      { seed: SEED },
    );
  });
});

describe('parseSpecCount', () => {
  it.each([
    [0, 0],
    [1200, 1200],
    ['1200', 1200],
    ['1,200', 1200],
    ['12,000,000', 12_000_000],
    ['1,200 words', 1200],
    [' 4 images ', 4],
    ['4images', 4],
  ] as const)('reads %j as %d', (input, n) => {
    expect(parseSpecCount(input)).toBe(n);
  });

  it.each([
    ['', 'empty'],
    ['about 1200', 'a word first'],
    ['1,20', 'a short group'],
    ['1,2000', 'a long group'],
    ['1234,567', 'a long first group'],
    ['1,', 'a trailing comma'],
    ['1.5', 'a decimal'],
    ['800-1000', 'a range'],
    ['1200 words max', 'two trailing words'],
    [-1, 'a negative number'],
    [2.5, 'a fraction'],
    [null, 'null'],
  ] as [unknown, string][])('refuses %j (%s)', (input) => {
    expect(parseSpecCount(input)).toBeUndefined();
  });

  it('never throws, and returns undefined or a safe integer ≥ 0, for any string', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^[0-9, a-z]{0,20}$/)), (text) => {
        const n = parseSpecCount(text);
        expect(n === undefined || (Number.isSafeInteger(n) && n >= 0)).toBe(true);
      }),
      { seed: SEED, numRuns: 2000 },
    );
  });

  it('round-trips plain and comma-grouped integers', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000_000 }), (n) => {
        expect(parseSpecCount(String(n))).toBe(n);
        expect(parseSpecCount(n.toLocaleString('en-US'))).toBe(n);
        expect(parseSpecCount(`${n} words`)).toBe(n);
      }),
      { seed: SEED },
    );
  });
});
