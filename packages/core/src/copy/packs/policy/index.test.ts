/** Table tests for the policy pack: per-placement rules with exact ranges and fixes. */
import { describe, expect, it } from 'vitest';
import { applyFixes } from '../../apply-fixes.js';
import { lintCopy } from '../../lint-copy.js';
import type { PlacementId } from '../../placements.js';
import { type CopyFindingTuple, copyFindingsOf } from '../../test-helpers.js';

const cases: Array<[string, string, PlacementId, CopyFindingTuple[], object?]> = [
  ['title chars grouped', 'Water Bottle!!', 'amazon.title', [['copy/policy/title-characters', 12, 14, 'error']]],
  ['contextual # ok', 'Trail Shoe, Style #4301', 'amazon.title', []],
  ['contextual < ok before number', 'Scale, <10 lb', 'amazon.title', []],
  ['bare # is not', 'Trail Shoe # Blue', 'amazon.title', [['copy/policy/title-characters', 11, 12, 'error']]],
  ['® is advice', 'Acme® Kettle', 'amazon.title', [['copy/policy/title-characters', 4, 5, 'info']]],
  ['brand exempt', 'Yum! Snack Bowl', 'amazon.title', [], { config: { brand: { name: 'Yum!' } } }],
  ['walmart ~', 'Kettle ~ Blue', 'walmart.title', [['copy/policy/title-characters', 7, 8, 'error']]],
  [
    'repeated word',
    'Dog Bed, Dog Bed for Dogs, Dog Mat',
    'amazon.title',
    [
      ['copy/policy/repeated-word', 21, 25, 'error'],
      ['copy/policy/repeated-word', 27, 30, 'error'],
    ],
  ],
  [
    'promo in title is error',
    'Kettle Free Shipping',
    'amazon.title',
    [['copy/policy/promotional-phrase', 7, 20, 'error']],
  ],
  [
    'promo in bullet is warning',
    'On sale this week',
    'amazon.bullet',
    [['copy/policy/promotional-phrase', 0, 7, 'warning']],
  ],
  ['promo outside marketplaces is fine', 'On sale this week', 'meta.primary-text', []],
  [
    'search terms',
    'new best dripper',
    'amazon.search-terms',
    [
      ['copy/policy/search-terms-words', 0, 3, 'error'],
      ['copy/policy/search-terms-words', 4, 8, 'error'],
    ],
  ],
  ['all caps run', 'SUPER STRONG PHONE MOUNT', 'amazon.title', [['copy/policy/all-caps', 0, 24, 'warning']]],
  ['acronyms fine', 'USB-C LED Lamp', 'amazon.title', []],
  ['caps bullet header', 'WATERPROOF SHELL MEMBRANE: keeps rain out', 'amazon.bullet', []],
  [
    'caps run after the header',
    'Rain shell: SUPER STRONG WATERPROOF MEMBRANE',
    'amazon.bullet',
    [['copy/policy/all-caps', 12, 44, 'warning']],
  ],
  [
    'bullet symbols',
    'Seals tight™ 💧',
    'amazon.bullet',
    [
      ['copy/policy/restricted-symbols', 11, 12, 'error'],
      ['copy/policy/restricted-symbols', 13, 15, 'error'],
    ],
  ],
  [
    'guarantee',
    'Full refund if not satisfied',
    'amazon.bullet',
    [
      ['copy/policy/guarantee-wording', 0, 11, 'error'],
      ['copy/policy/guarantee-wording', 12, 28, 'error'],
    ],
  ],
  [
    'sponsored brands',
    "Don't miss out, click here",
    'amazon.sponsored-brands.headline',
    [
      ['copy/policy/sponsored-brands-wording', 0, 14, 'error'],
      ['copy/policy/sponsored-brands-wording', 16, 26, 'error'],
    ],
  ],
  [
    'contact info',
    'Visit www.acme.com or call 555-123-4567',
    'amazon.bullet',
    [
      ['copy/policy/contact-info', 6, 18, 'error'],
      ['copy/policy/contact-info', 27, 39, 'error'],
    ],
  ],
  ['price', 'Only $19.99', 'walmart.description', [['copy/policy/price-mention', 5, 11, 'error']]],
  ['retailer on amazon', 'Also at Best Buy', 'amazon.bullet', [['copy/policy/retailer-mention', 8, 16, 'warning']]],
  [
    'retailer on walmart',
    'Same as on Amazon',
    'walmart.description',
    [['copy/policy/retailer-mention', 11, 17, 'error']],
  ],
  ['own marketplace fine', 'Works with Amazon Alexa', 'amazon.bullet', []],
  ['tiktok', 'Cold brew #coffee', 'tiktok.ad-text', [['copy/policy/tiktok-characters', 10, 11, 'error']]],
];

describe('copy/policy', () => {
  it.each(cases)('%s', (_name, text, placement, expected, options) => {
    expect(copyFindingsOf(text, 'copy/policy/', { placement, ...options })).toEqual(expected);
  });
  it('title-character fixes leave no doubled space', () => {
    const text = 'Water Bottle !! Blue';
    expect(applyFixes(text, lintCopy(text, { placement: 'amazon.title' }).findings)).toBe('Water Bottle Blue');
  });
});
