// Table test for listing/amazon/image-count: under 6 images is a warning, 6 is info, 7 passes; thresholds come from the context.
import { ruleTable } from '../../../test-support/rule-table.js';
import { LISTING_THRESHOLDS } from '../../thresholds.js';
import { listingExampleContext } from '../context.js';
import { amazonImageCount } from './image-count.js';

const imgs = (n: number) => Array.from({ length: n }, (_, i) => ({ url: `https://m.media-amazon.com/${i}.jpg` }));

ruleTable(amazonImageCount, {
  context: listingExampleContext,
  pin: ['severity', 'field', 'range', 'target', 'fix', 'evidence'],
  pass: [
    ['7 images', { images: imgs(7) }],
    ['10 images', { images: imgs(10) }],
  ],
  fail: [
    [
      '6 is info',
      { images: imgs(6) },
      [{ severity: 'info', field: 'images', evidence: { value: 6, limit: 7, unit: 'images' } }],
    ],
    [
      '2 is a warning',
      { images: imgs(2) },
      [{ severity: 'warning', field: 'images', evidence: { value: 2, limit: 6, unit: 'images' } }],
    ],
  ],
});

// Thresholds are read from the context, so config can move them.
ruleTable(amazonImageCount, {
  context: (n: number) => ({
    ...listingExampleContext({ images: imgs(n) }),
    thresholds: {
      ...LISTING_THRESHOLDS,
      amazon: { ...LISTING_THRESHOLDS.amazon, imageMinCount: 3, imageRecommendedCount: 4 },
    },
  }),
  pin: ['severity', 'field', 'range', 'target', 'fix', 'evidence'],
  pass: [['4 images with a recommended count of 4', 4]],
  fail: [
    [
      '2 images with a minimum of 3',
      2,
      [{ severity: 'warning', field: 'images', evidence: { value: 2, limit: 3, unit: 'images' } }],
    ],
  ],
});
