import { describe, expect, it } from 'vitest';
import { runListingRule } from '../test-helpers.js';
import { walmartDescriptionWords } from './description-words.js';
import { walmartImages } from './images.js';
import { walmartKeyFeatures } from './key-features.js';
import { walmartReviews } from './reviews.js';
import { walmartTitleLength } from './title-length.js';
import { walmartTitlePolicy } from './title-policy.js';

const img = (n: number, size?: number) =>
  Array.from({ length: n }, (_, i) => ({
    url: `https://i5.walmartimages.com/${i}.jpg`,
    ...(size ? { width: size, height: size } : {}),
  }));

describe('walmart rules', () => {
  it.each([
    ['title-length: 60 ok', walmartTitleLength, { title: 't'.repeat(60) }, []],
    [
      'title-length: short is info',
      walmartTitleLength,
      { title: 't'.repeat(40) },
      [{ severity: 'info', field: 'title', evidence: { value: 40, limit: 50, unit: 'chars' } }],
    ],
    [
      'title-length: long is info',
      walmartTitleLength,
      { title: 't'.repeat(90) },
      [{ severity: 'info', field: 'title', evidence: { value: 90, limit: 75, unit: 'chars' } }],
    ],
    [
      'title-length: over 150',
      walmartTitleLength,
      { title: 't'.repeat(151), extraction: { title: { strategy: 'next-data', selector: '#main-title' } } },
      [
        {
          severity: 'error',
          field: 'title',
          target: '#main-title',
          range: [150, 151],
          evidence: { value: 151, limit: 150, unit: 'chars' },
        },
      ],
    ],
    [
      'title-policy: characters and promo words',
      walmartTitlePolicy,
      { title: 'Kettle! Clearance' },
      [
        { severity: 'error', field: 'title', range: [6, 7], evidence: { text: '!' } },
        { severity: 'error', field: 'title', range: [8, 17], evidence: { text: 'Clearance' } },
      ],
    ],
    ['key-features: 3 ok', walmartKeyFeatures, { bullets: ['a', 'b', 'c'] }, []],
    [
      'key-features: 1',
      walmartKeyFeatures,
      { bullets: ['a'] },
      [{ severity: 'warning', field: 'bullets', evidence: { value: 1, limit: 3, unit: 'features' } }],
    ],
    ['description-words: 150 ok', walmartDescriptionWords, { description: 'w '.repeat(150) }, []],
    [
      'description-words: thin',
      walmartDescriptionWords,
      { description: 'Only five words here now' },
      [{ severity: 'warning', field: 'description', evidence: { value: 5, limit: 150, unit: 'words' } }],
    ],
    [
      'description-words: over 4000 chars',
      walmartDescriptionWords,
      { description: 'word '.repeat(820) },
      [
        {
          severity: 'warning',
          field: 'description',
          range: [4000, 4100],
          evidence: { value: 4100, limit: 4000, unit: 'chars' },
        },
      ],
    ],
    ['images: 4 of unknown size ok', walmartImages, { images: img(4) }, []],
    [
      'images: too few and too small',
      walmartImages,
      { images: img(2, 1000) },
      [
        { severity: 'warning', field: 'images', evidence: { value: 2, limit: 4, unit: 'images' } },
        {
          severity: 'warning',
          field: 'images.0',
          evidence: { text: 'https://i5.walmartimages.com/0.jpg', value: 1000, limit: 1500, unit: 'px' },
        },
        {
          severity: 'warning',
          field: 'images.1',
          evidence: { text: 'https://i5.walmartimages.com/1.jpg', value: 1000, limit: 1500, unit: 'px' },
        },
      ],
    ],
    ['reviews: good', walmartReviews, { rating: 4.5, reviewCount: 10 }, []],
    [
      'reviews: low rating, no reviews',
      walmartReviews,
      { rating: 3.5, reviewCount: 0 },
      [
        { severity: 'warning', field: 'rating', evidence: { value: 3.5, limit: 4, unit: 'stars' } },
        { severity: 'info', field: 'reviewCount', evidence: { value: 0, limit: 1, unit: 'reviews' } },
      ],
    ],
  ])('%s', (_name, rule, input, expected) => {
    expect(runListingRule(rule, input)).toEqual(expected);
  });
});
