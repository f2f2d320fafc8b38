// Table test for listing/google-merchant/recommended-properties: each missing recommended Product or offer property is info.
import { ruleTable } from '../../../test-support/rule-table.js';
import { listingExampleContext } from '../context.js';
import { googleMerchantRecommendedProperties } from './recommended-properties.js';

const ld = (node: Record<string, unknown>) => ({ structuredData: { jsonLd: [{ '@type': 'Product', ...node }] } });
const full = {
  name: 'Mug',
  image: 'https://x.test/m.jpg',
  brand: { name: 'Acme' },
  description: 'A mug.',
  gtin13: '0123456789012',
  sku: 'M1',
  aggregateRating: { ratingValue: 4.5, reviewCount: 10 },
  offers: {
    price: '24.00',
    priceCurrency: 'USD',
    availability: 'InStock',
    shippingDetails: {},
    hasMerchantReturnPolicy: {},
  },
};

ruleTable(googleMerchantRecommendedProperties, {
  context: listingExampleContext,
  pin: ['severity', 'field', 'range', 'target', 'fix', 'evidence'],
  pass: [
    ['complete', ld(full)],
    ['mpn stands for gtin', ld({ ...full, gtin13: undefined, mpn: 'X-1' })],
  ],
  fail: [
    [
      'each missing one',
      ld({
        ...full,
        sku: undefined,
        offers: { price: 1, priceCurrency: 'USD', availability: 'InStock', shippingDetails: {} },
      }),
      [
        { severity: 'info', field: 'structuredData.sku', evidence: { text: 'sku', limit: 'recommended' } },
        {
          severity: 'info',
          field: 'structuredData.offers.hasMerchantReturnPolicy',
          evidence: { text: 'hasMerchantReturnPolicy', limit: 'recommended' },
        },
      ],
    ],
  ],
});
