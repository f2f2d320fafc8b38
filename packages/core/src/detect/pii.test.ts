// Tests for detectPii: exact kinds and ranges, what is not PII, and 100 kB adversarial inputs (results, not timings).
import { describe, expect, it } from 'vitest';
import { detectPii } from './pii.js';

const kinds = (text: string) => detectPii(text).map((h) => [h.kind, ...h.range]);

describe('detectPii', () => {
  it.each<[string, (string | number)[][]]>([
    ['jane.doe@example.co.uk', [['email', 0, 22]]],
    ['Write to help@shop.example.com today', [['email', 9, 30]]],
    ['+49 151 12345678', [['phone', 0, 16]]],
    ['Call +1 (555) 123-4567 now', [['phone', 5, 22]]],
    ['555-123-4567', [['phone', 0, 12]]],
    ['(555) 123-4567', [['phone', 0, 14]]],
    [
      '555.123.4567 or a@b.co',
      [
        ['phone', 0, 12],
        ['email', 16, 22],
      ],
    ],
  ])('finds %s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  it.each([
    '2024-01-15',
    '120210000123456789',
    '@brand',
    'Order 2024-123-4567',
    'Meta ad id 23851234567890123',
    'x@y',
    '+12345',
    '',
  ])('ignores %s', (text) => {
    expect(detectPii(text)).toEqual([]);
  });

  it('does not report the digits of an address as a phone', () => {
    expect(kinds('+4915112345678@mail.example.de')).toEqual([['email', 0, 30]]);
  });

  it('never throws on non-strings', () => {
    expect(detectPii(undefined as unknown as string)).toEqual([]);
  });

  describe('100 kB adversarial inputs', () => {
    it.each<[string, string, number]>([
      ['local parts without a domain', 'a'.repeat(100_000), 0],
      ['endless @', `${'a@'.repeat(50_000)}x`, 0],
      ['endless labels', `x@${'a.'.repeat(50_000)}`, 0],
      ['digits and separators', '1-'.repeat(50_000), 0],
      ['pluses', '+1'.repeat(50_000), 0],
      ['many real addresses', 'a@b.co '.repeat(14_000), 14_000],
    ])('%s', (_name, text, count) => {
      expect(detectPii(text)).toHaveLength(count);
    });
  });
});
