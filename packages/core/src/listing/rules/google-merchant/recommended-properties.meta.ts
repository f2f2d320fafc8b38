/** Docs for listing/google-merchant/recommended-properties (summary, rationale, source, examples); only the documented pack imports this. */
import type { RuleMeta } from '../../../engine/rule.js';

export const googleMerchantRecommendedPropertiesMeta: RuleMeta = {
  summary:
    'The Product has brand, description, gtin/mpn, sku and a rating or review; its offer has availability, shippingDetails and hasMerchantReturnPolicy.',
  rationale: 'Recommended properties make the rich result richer; the Rich Results Test lists each missing one.',
  source:
    'Google Search Central, merchant listing structured data (recommended properties): https://developers.google.com/search/docs/appearance/structured-data/merchant-listing.',
  examples: {
    valid: [
      {
        input: {
          structuredData: {
            jsonLd: [
              {
                '@type': 'Product',
                brand: 'Acme',
                description: 'A mug.',
                gtin13: '0123456789012',
                sku: 'M1',
                aggregateRating: { ratingValue: 4.5, reviewCount: 10 },
                offers: { availability: 'InStock', shippingDetails: {}, hasMerchantReturnPolicy: {} },
              },
            ],
          },
        },
      },
    ],
    invalid: [{ input: { structuredData: { jsonLd: [{ '@type': 'Product', name: 'Mug', offers: { price: 5 } }] } } }],
  },
};
