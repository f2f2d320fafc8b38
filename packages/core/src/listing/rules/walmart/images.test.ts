// Table test for listing/walmart/images: under 4 images, and each image of known size under 1500 px, are warnings.
import { ruleTable } from '../../../test-support/rule-table.js';
import { listingExampleContext } from '../context.js';
import { walmartImages } from './images.js';

const img = (n: number, size?: number) =>
  Array.from({ length: n }, (_, i) => ({
    url: `https://i5.walmartimages.com/${i}.jpg`,
    ...(size ? { width: size, height: size } : {}),
  }));

ruleTable(walmartImages, {
  context: listingExampleContext,
  pin: ['severity', 'field', 'range', 'target', 'fix', 'evidence'],
  pass: [
    ['4 of unknown size', { images: img(4) }],
    ['4 large ones', { images: img(4, 2000) }],
  ],
  fail: [
    [
      'too few and too small',
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
  ],
});
