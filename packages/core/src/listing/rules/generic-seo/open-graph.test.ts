// Table test for listing/generic-seo/open-graph-product: og:type other than product and a missing Open Graph price are info.
import { ruleTable } from '../../../test-support/rule-table.js';
import { listingExampleContext } from '../context.js';
import { genericSeoOpenGraphProduct } from './open-graph.js';

ruleTable(genericSeoOpenGraphProduct, {
  context: listingExampleContext,
  pin: ['severity', 'field', 'range', 'target', 'fix', 'evidence'],
  pass: [
    ['product with og:price', { structuredData: { openGraph: { 'og:type': 'product', 'og:price:amount': '5' } } }],
    [
      'product with product:price',
      { structuredData: { openGraph: { 'og:type': 'product', 'product:price:amount': '5' } } },
    ],
  ],
  fail: [
    [
      'website, no price',
      { structuredData: { openGraph: { 'og:type': 'website' } } },
      [
        {
          severity: 'info',
          field: 'structuredData.openGraph.og:type',
          target: 'meta[property="og:type"]',
          evidence: { value: 'website', limit: 'product' },
        },
        { severity: 'info', field: 'structuredData.openGraph.price' },
      ],
    ],
    [
      'no Open Graph at all',
      {},
      [
        {
          severity: 'info',
          field: 'structuredData.openGraph.og:type',
          evidence: { value: '(missing)', limit: 'product' },
        },
        { severity: 'info', field: 'structuredData.openGraph.price' },
      ],
    ],
  ],
});
