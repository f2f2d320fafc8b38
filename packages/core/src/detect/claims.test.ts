// Tests for detectClaims: class, range, severity and rewrite per hit, and 100 kB adversarial inputs (results, not timings).
import { describe, expect, it } from 'vitest';
import { CLAIM_HITS_PER_CLASS, detectClaims } from './claims.js';

const hits = (text: string) => detectClaims(text).map((h) => [h.class, ...h.range, h.severity]);

describe('detectClaims', () => {
  it.each<[string, (string | number)[][]]>([
    ['Heals dry skin', [['disease', 0, 14, 'error']]],
    ['Relieves eczema fast', [['disease', 0, 15, 'error']]],
    ['Clinically proven', [['proof', 0, 17, 'error']]],
    ['100% natural', [['natural', 0, 12, 'warning']]],
    ['best in the world', [['superlative', 0, 4, 'warning']]],
    ['#1 rated pillow', [['ranking', 0, 2, 'warning']]],
    ['Dries 2x faster than cotton', [['comparative', 6, 15, 'warning']]],
    ['Cleans better than leading brands.', [['comparative', 7, 18, 'warning']]],
    ['Removes wrinkles', [['drug', 0, 16, 'error']]],
    ['An eco-friendly mat', [['environmental', 3, 15, 'error']]],
    ['Biodegradable within 180 days.', [['environmental', 0, 13, 'info']]],
    ['Get a free gift', [['free', 6, 15, 'warning']]],
    ['The all-new Trail 2', [['new', 4, 11, 'info']]],
    ['Proudly made in the USA.', [['origin', 8, 23, 'warning']]],
    ['Doctor recommended', [['endorsement', 0, 18, 'warning']]],
  ])('%s', (text, expected) => {
    expect(hits(text)).toEqual(expected);
  });

  it.each([
    'Works best with filtered water.',
    'Also available at Best Buy.',
    'Dog treats for training.',
    'Epoxy cures in 24 hours.',
    'Soothes dry skin after a shave.',
    'Holds heat for 12 hours.',
    '6 mm natural rubber mat',
    'Meet the green bottle',
  ])('no claim in %s', (text) => {
    expect(detectClaims(text)).toEqual([]);
  });

  it('carries the reason and the compliant rewrite', () => {
    expect(detectClaims('Cures joint pain')).toEqual([
      {
        class: 'disease',
        range: [0, 16],
        text: 'Cures joint pain',
        severity: 'error',
        reason:
          '"Cures joint pain" is a disease claim, which only approved drugs may make; try "supports joint comfort".',
        compliantRewrite: 'supports joint comfort',
      },
    ]);
  });

  it('returns hits in text order across classes', () => {
    expect(hits('Clinically proven, the best, and eco-friendly')).toEqual([
      ['proof', 0, 17, 'error'],
      ['superlative', 19, 27, 'warning'],
      ['environmental', 33, 45, 'error'],
    ]);
  });

  describe('100 kB adversarial inputs', () => {
    it('caps a flood of one claim at CLAIM_HITS_PER_CLASS hits per class', () => {
      expect(detectClaims('best '.repeat(20_000))).toHaveLength(CLAIM_HITS_PER_CLASS);
    });
    it.each<[string, string, number]>([
      ['verbs with no disease', 'cures '.repeat(20_000), 0],
      ['a disease far from its verb', `cures ${'word '.repeat(20_000)}eczema`, 0],
      ['digits without a comparison', '1'.repeat(100_000), 0],
      ['hash signs', '#'.repeat(100_000), 0],
      ['one claim at the end', `${'plain words '.repeat(8_400)}clinically proven`, 1],
    ])('%s', (_name, text, count) => {
      expect(detectClaims(text)).toHaveLength(count);
    });
  });
});
