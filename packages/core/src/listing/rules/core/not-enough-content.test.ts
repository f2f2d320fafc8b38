// Table test for listing/core/not-enough-content: a page with fewer than half of its marketplace's essential facts is an error naming them.
import { ruleTable } from '../../../test-support/rule-table.js';
import { listingExampleContext } from '../context.js';
import { listingCoreNotEnoughContent } from './not-enough-content.js';

const price = { amount: 39.99, currency: 'USD' };
const images = [{ url: 'https://x.test/a.jpg' }];

ruleTable(listingCoreNotEnoughContent, {
  context: listingExampleContext,
  pin: ['severity', 'field', 'range', 'target', 'fix', 'evidence'],
  pass: [
    ['Amazon: 3 of 6 (half)', { marketplace: 'amazon', title: 'Kettle', price, ids: { asin: 'B0TEST0001' } }],
    [
      'Walmart: everything',
      {
        marketplace: 'walmart',
        title: 'Kettle',
        price,
        images,
        bullets: ['a'],
        description: 'd',
        ids: { itemId: '1' },
      },
    ],
    ['store: 3 of 5', { title: 'Mug', price, structuredData: { jsonLd: [{ '@type': 'Product' }] } }],
    [
      'A+ stands in for the description',
      { marketplace: 'amazon', title: 'Kettle', hasAPlus: true, ids: { asin: 'B0TEST0001' } },
    ],
  ],
  fail: [
    [
      'Amazon: only a title',
      { marketplace: 'amazon', title: 'Steel Kettle 1.7 L' },
      [
        {
          severity: 'error',
          field: 'price',
          evidence: {
            text: 'price, images, description, feature bullets, ASIN',
            value: 1,
            limit: 3,
            unit: 'essential facts',
          },
        },
      ],
    ],
    [
      'Walmart: title and item id',
      { marketplace: 'walmart', title: 'Kettle', ids: { itemId: '123' } },
      [
        {
          severity: 'error',
          field: 'price',
          evidence: { text: 'price, images, description, key features', value: 2, limit: 3, unit: 'essential facts' },
        },
      ],
    ],
    [
      'store home page: a title and images, no price or Product markup',
      { marketplace: 'generic', title: "Today's deals", images },
      [
        {
          severity: 'error',
          field: 'price',
          evidence: {
            text: 'price, description, Product structured data',
            value: 2,
            limit: 3,
            unit: 'essential facts',
          },
        },
      ],
    ],
    [
      'empty page: a blank title does not count',
      { marketplace: 'shopify', title: '   ' },
      [
        {
          severity: 'error',
          field: 'title',
          evidence: {
            text: 'title, price, images, description, Product structured data',
            value: 0,
            limit: 3,
            unit: 'essential facts',
          },
        },
      ],
    ],
  ],
});
