// Table test for listing/google-merchant/offer-price: the offer needs a price above 0 and an ISO 4217 currency.
import { ruleTable } from '../../../test-support/rule-table.js';
import { listingExampleContext } from '../context.js';
import { googleMerchantOfferPrice } from './offer-price.js';

const ld = (node: Record<string, unknown>) => ({ structuredData: { jsonLd: [{ '@type': 'Product', ...node }] } });

ruleTable(googleMerchantOfferPrice, {
  context: listingExampleContext,
  pin: ['severity', 'field', 'range', 'target', 'fix', 'evidence'],
  pass: [
    ['price and currency', ld({ offers: { price: '24.00', priceCurrency: 'USD' } })],
    ['priceSpecification is read', ld({ offers: { priceSpecification: { price: 5, priceCurrency: 'EUR' } } })],
    [
      'ProductGroup variants',
      {
        structuredData: {
          jsonLd: [{ '@type': 'ProductGroup', hasVariant: [{ offers: { price: 5, priceCurrency: 'USD' } }] }],
        },
      },
    ],
  ],
  fail: [
    ['no offers', ld({ name: 'Mug' }), [{ severity: 'error', field: 'structuredData.offers' }]],
    [
      'range without price',
      ld({ offers: { minPrice: 1, maxPrice: 2, priceCurrency: 'USD' } }),
      [
        {
          severity: 'error',
          field: 'structuredData.offers.price',
          evidence: { text: '{"minPrice":1,"maxPrice":2,"priceCurrency":"USD"}' },
        },
      ],
    ],
    [
      'zero and a symbol',
      ld({ offers: { price: '0.00', priceCurrency: '$' } }),
      [
        { severity: 'error', field: 'structuredData.offers.price', evidence: { value: '0.00', limit: '> 0' } },
        {
          severity: 'error',
          field: 'structuredData.offers.priceCurrency',
          evidence: { value: '$', limit: 'ISO 4217' },
        },
      ],
    ],
    [
      'missing currency',
      ld({ offers: { price: 5 } }),
      [
        {
          severity: 'error',
          field: 'structuredData.offers.priceCurrency',
          evidence: { value: '(missing)', limit: 'ISO 4217' },
        },
      ],
    ],
  ],
});
