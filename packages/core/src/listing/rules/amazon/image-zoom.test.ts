// Table test for listing/amazon/image-zoom: images of known size under 1000 px are warnings naming the image URL.
import { ruleTable } from '../../../test-support/rule-table.js';
import { listingExampleContext } from '../context.js';
import { amazonImageZoom } from './image-zoom.js';

const img = (i: number, size?: number) => ({
  url: `https://m.media-amazon.com/${i}.jpg`,
  ...(size ? { width: size, height: size } : {}),
});

ruleTable(amazonImageZoom, {
  context: listingExampleContext,
  pin: ['severity', 'field', 'range', 'target', 'fix', 'evidence'],
  pass: [
    ['unknown sizes pass', { images: [img(0), img(1)] }],
    ['1000 px and more', { images: [img(0, 1000), img(1, 2000)] }],
  ],
  fail: [
    [
      'one small image',
      { images: [img(0, 1500), img(1, 679)] },
      [
        {
          severity: 'warning',
          field: 'images.1',
          evidence: { text: 'https://m.media-amazon.com/1.jpg', value: 679, limit: 1000, unit: 'px' },
        },
      ],
    ],
    [
      'longest side counts, with target',
      {
        images: [{ url: 'https://m.media-amazon.com/a.jpg', width: 500, height: 445 }],
        extraction: {
          fields: { 'images.0': { source: 'amazon-gallery', selector: '#landingImage', confidence: 0.9 } },
        },
      },
      [
        {
          severity: 'warning',
          field: 'images.0',
          target: '#landingImage',
          evidence: { text: 'https://m.media-amazon.com/a.jpg', value: 500, limit: 1000, unit: 'px' },
        },
      ],
    ],
  ],
});
