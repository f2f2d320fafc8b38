import { describe, expect, it } from 'vitest';
import { runListingRule } from '../test-helpers.js';
import { amazonAPlus } from './a-plus.js';
import { amazonBulletCharacters } from './bullet-characters.js';
import { amazonBulletCount } from './bullet-count.js';
import { amazonBulletLength } from './bullet-length.js';
import { amazonDescription } from './description.js';
import { amazonImageCount } from './image-count.js';
import { amazonImageZoom } from './image-zoom.js';
import { amazonReviews } from './reviews.js';
import { amazonTitleCharacters } from './title-characters.js';
import { amazonTitleLength } from './title-length.js';
import { amazonTitlePromotional } from './title-promotional.js';
import { amazonTitleRepeatedWords } from './title-repeated-words.js';
import { amazonVideo } from './video.js';

const T = { title: { strategy: 'amazon-dom', selector: '#productTitle' } };
const imgs = (n: number, size?: number) =>
  Array.from({ length: n }, (_, i) => ({
    url: `https://m.media-amazon.com/${i}.jpg`,
    ...(size ? { width: size, height: size } : {}),
  }));

describe('amazon rules', () => {
  it.each([
    ['title-length: ok', amazonTitleLength, { title: 'x'.repeat(80) }, []],
    [
      'title-length: over 80 is info with target',
      amazonTitleLength,
      { title: 'x'.repeat(81), extraction: T },
      [
        {
          severity: 'info',
          field: 'title',
          target: '#productTitle',
          range: [80, 81],
          evidence: { value: 81, limit: 80, unit: 'chars' },
        },
      ],
    ],
    [
      'title-length: over 200 is an error',
      amazonTitleLength,
      { title: 'x'.repeat(205) },
      [{ severity: 'error', field: 'title', range: [200, 205], evidence: { value: 205, limit: 200, unit: 'chars' } }],
    ],
    ['title-length: missing', amazonTitleLength, { title: null }, [{ severity: 'error', field: 'title' }]],
    [
      'title-characters: each banned char, brand exempt',
      amazonTitleCharacters,
      { title: 'Yahoo! Kettle? Big', brand: 'Yahoo!' },
      [
        {
          severity: 'error',
          field: 'title',
          range: [13, 14],
          fix: { kind: 'replace', range: [13, 14], text: '' },
          evidence: { text: '?', limit: '! $ ? _ { } ^ ¬ ¦' },
        },
      ],
    ],
    [
      'title-repeated-words: third occurrence, stopwords exempt',
      amazonTitleRepeatedWords,
      { title: 'Dog Bed for Dog and Dog and Cat and' },
      [
        {
          severity: 'error',
          field: 'title',
          range: [20, 23],
          evidence: { text: 'dog', value: 3, limit: 2, unit: 'repeats' },
        },
      ],
    ],
    [
      'title-promotional',
      amazonTitlePromotional,
      { title: 'Kettle Free Shipping' },
      [{ severity: 'error', field: 'title', range: [7, 20], evidence: { text: 'Free Shipping' } }],
    ],
    ['title-promotional: ok', amazonTitlePromotional, { title: 'Kettle, 1.7 L, wholesale pack' }, []],
    ['bullet-count: 5 ok', amazonBulletCount, { bullets: ['a', 'b', 'c', 'd', 'e'] }, []],
    [
      'bullet-count: 3',
      amazonBulletCount,
      { bullets: ['a', 'b', 'c'] },
      [{ severity: 'warning', field: 'bullets', evidence: { value: 3, limit: 5, unit: 'bullets' } }],
    ],
    [
      'bullet-length: warn over 255, error over 500, per bullet',
      amazonBulletLength,
      {
        bullets: ['ok', 'w'.repeat(256), 'e'.repeat(501)],
        extraction: { 'bullets.1': { strategy: 'amazon-dom', selector: '#b1' } },
      },
      [
        {
          severity: 'error',
          field: 'bullets.2',
          range: [500, 501],
          evidence: { value: 501, limit: 500, unit: 'chars' },
        },
        {
          severity: 'warning',
          field: 'bullets.1',
          target: '#b1',
          range: [255, 256],
          evidence: { value: 256, limit: 255, unit: 'chars' },
        },
      ],
    ],
    [
      'bullet-characters: emoji and ™',
      amazonBulletCharacters,
      { bullets: ['fine', 'Cold ❄ and Soft™'] },
      [
        { severity: 'error', field: 'bullets.1', range: [5, 6], evidence: { text: '❄' } },
        { severity: 'error', field: 'bullets.1', range: [15, 16], evidence: { text: '™' } },
      ],
    ],
    ['image-count: 7 ok', amazonImageCount, { images: imgs(7) }, []],
    [
      'image-count: 6 is info',
      amazonImageCount,
      { images: imgs(6) },
      [{ severity: 'info', field: 'images', evidence: { value: 6, limit: 7, unit: 'images' } }],
    ],
    [
      'image-count: 2 is a warning',
      amazonImageCount,
      { images: imgs(2) },
      [{ severity: 'warning', field: 'images', evidence: { value: 2, limit: 6, unit: 'images' } }],
    ],
    ['image-zoom: unknown sizes pass', amazonImageZoom, { images: imgs(3) }, []],
    [
      'image-zoom: small image',
      amazonImageZoom,
      { images: [...imgs(1, 1500), ...imgs(1, 679)] },
      [
        {
          severity: 'warning',
          field: 'images.1',
          evidence: { text: 'https://m.media-amazon.com/0.jpg', value: 679, limit: 1000, unit: 'px' },
        },
      ],
    ],
    [
      'video: none',
      amazonVideo,
      { videoCount: 0 },
      [{ severity: 'info', field: 'videoCount', evidence: { value: 0, limit: 1, unit: 'videos' } }],
    ],
    ['video: one', amazonVideo, { videoCount: 1 }, []],
    [
      'a-plus: missing',
      amazonAPlus,
      { hasAPlus: false },
      [{ severity: 'warning', field: 'hasAPlus', evidence: { value: 0, limit: 1, unit: 'modules' } }],
    ],
    ['description: A+ stands in', amazonDescription, { description: null, hasAPlus: true }, []],
    [
      'description: neither',
      amazonDescription,
      { description: null, hasAPlus: false },
      [{ severity: 'warning', field: 'description' }],
    ],
    [
      'description: too long',
      amazonDescription,
      { description: 'd'.repeat(2001) },
      [
        {
          severity: 'warning',
          field: 'description',
          range: [2000, 2001],
          evidence: { value: 2001, limit: 2000, unit: 'chars' },
        },
      ],
    ],
    ['reviews: strong', amazonReviews, { rating: 4.3, reviewCount: 100 }, []],
    [
      'reviews: tiers and bands',
      amazonReviews,
      { rating: 3.9, reviewCount: 50 },
      [
        { severity: 'warning', field: 'rating', evidence: { value: 3.9, limit: 4, unit: 'stars' } },
        { severity: 'info', field: 'reviewCount', evidence: { value: 50, limit: 100, unit: 'reviews' } },
      ],
    ],
  ])('%s', (_name, rule, input, expected) => {
    expect(runListingRule(rule, input)).toEqual(expected);
  });

  it('reads thresholds from the context, so config can move them', () => {
    expect(runListingRule(amazonImageCount, { images: imgs(4) })).toHaveLength(1);
    expect(
      runListingRule(amazonTitleLength, { title: 'x'.repeat(150) }, { rules: { 'amazon/title-length': 'off' } }),
    ).toEqual([]);
  });
});
