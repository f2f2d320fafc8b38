// Table test for listing/generic-seo/image-alt: DOM images without alt are warnings; generic or long alt text is info.
import { ruleTable } from '../../../test-support/rule-table.js';
import { listingExampleContext } from '../context.js';
import { genericSeoImageAlt } from './image-alt.js';

const dom = (n: number) => ({
  fields: Object.fromEntries(
    Array.from({ length: n }, (_, i) => [
      `images.${i}`,
      { source: 'dom-gallery', selector: `#g${i}`, confidence: 0.6 },
    ]),
  ),
});

ruleTable(genericSeoImageAlt, {
  context: listingExampleContext,
  pin: ['severity', 'field', 'range', 'target', 'fix', 'evidence'],
  pass: [
    ['JSON-LD images are not judged', { images: [{ url: 'https://x.test/a.jpg' }] }],
    ['descriptive alt', { images: [{ url: 'https://x.test/a.jpg', alt: 'Blue mug, side view' }], extraction: dom(1) }],
  ],
  fail: [
    [
      'missing, generic and long',
      {
        images: [
          { url: 'https://x.test/a.jpg', alt: 'Blue mug, side view' },
          { url: 'https://x.test/b.jpg' },
          { url: 'https://x.test/c.jpg', alt: 'photo of mug' },
          { url: 'https://x.test/d.jpg', alt: 'a'.repeat(130) },
        ],
        extraction: dom(4),
      },
      [
        { severity: 'warning', field: 'images.1', target: '#g1' },
        { severity: 'info', field: 'images.2.alt', target: '#g2', evidence: { text: 'photo of mug' } },
        { severity: 'info', field: 'images.3.alt', target: '#g3', evidence: { value: 130, limit: 125, unit: 'chars' } },
      ],
    ],
  ],
});
