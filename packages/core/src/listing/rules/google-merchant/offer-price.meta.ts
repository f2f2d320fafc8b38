/** Docs for listing/google-merchant/offer-price (summary, rationale, source, examples); only the documented pack imports this. */
import type { RuleMeta } from '../../../engine/rule.js';

export const googleMerchantOfferPriceMeta: RuleMeta = {
  summary: 'The Product has offers with a numeric price above 0 and an ISO 4217 priceCurrency.',
  rationale:
    'Google drops the merchant listing when the price is missing; BigCommerce price ranges emit minPrice/maxPrice with no price.',
  source:
    "Google Search Central, merchant listing structured data (Offer.price, Offer.priceCurrency): https://developers.google.com/search/docs/appearance/structured-data/merchant-listing; the BigCommerce Cornerstone theme's templates/components/products/schema.html emits minPrice/maxPrice without price.",
  examples: {
    valid: [
      {
        input: {
          structuredData: {
            jsonLd: [{ '@type': 'Product', offers: { '@type': 'Offer', price: '24.00', priceCurrency: 'USD' } }],
          },
        },
      },
    ],
    invalid: [
      { input: { structuredData: { jsonLd: [{ '@type': 'Product', name: 'Mug' }] } }, note: 'no offers' },
      {
        input: {
          structuredData: {
            jsonLd: [{ '@type': 'Product', offers: { minPrice: 20, maxPrice: 30, priceCurrency: 'USD' } }],
          },
        },
        note: 'range without price',
      },
      {
        input: {
          structuredData: { jsonLd: [{ '@type': 'Product', offers: { price: '0.00', priceCurrency: '$' } }] },
        },
        note: 'zero price, symbol as currency',
      },
    ],
  },
};
