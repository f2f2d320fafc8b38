/** google-merchant/recommended-properties: brand, identifiers, availability, rating, shipping and returns. */
import { defineRule } from '../../../engine/rule.js';
import type { ListingRuleContext } from '../context.js';
import { offersOf, present, primaryProduct } from './product-node.js';

const PRODUCT_KEYS: [label: string, keys: string[]][] = [
  ['brand', ['brand']],
  ['description', ['description']],
  ['gtin or mpn', ['gtin', 'gtin8', 'gtin12', 'gtin13', 'gtin14', 'mpn']],
  ['sku', ['sku']],
  ['aggregateRating or review', ['aggregateRating', 'review']],
];
const OFFER_KEYS = ['availability', 'shippingDetails', 'hasMerchantReturnPolicy'];

export const googleMerchantRecommendedProperties = /* @__PURE__ */ defineRule<ListingRuleContext>({
  id: 'google-merchant/recommended-properties',
  category: 'structured-data',
  severity: 'info',
  meta: {
    summary:
      'The Product has brand, description, gtin/mpn, sku and a rating or review; its offer has availability, shippingDetails and hasMerchantReturnPolicy.',
    rationale: 'Recommended properties make the rich result richer; the Rich Results Test lists each missing one.',
    source: '[O] Google merchant listing structured data: recommended properties.',
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
  },
  applies: ({ listing }) => primaryProduct(listing) !== undefined,
  check: ({ listing }) => {
    const product = primaryProduct(listing);
    if (!product) return [];
    const variant = Array.isArray(product.node.hasVariant)
      ? (product.node.hasVariant[0] as Record<string, unknown>)
      : {};
    const out = [];
    for (const [label, keys] of PRODUCT_KEYS) {
      if (keys.some((k) => present(product.node[k]) || present(variant?.[k]))) continue;
      out.push({
        field: `structuredData.${keys[0]}`,
        message: `The Product has no ${label}; Google recommends it.`,
        evidence: { text: label, limit: 'recommended' },
      });
    }
    const offer = offersOf(product.node)[0];
    for (const key of OFFER_KEYS) {
      if (offer && present(offer[key])) continue;
      out.push({
        field: `structuredData.offers.${key}`,
        message: `The offer has no ${key}; Google recommends it for merchant listings.`,
        evidence: { text: key, limit: 'recommended' },
      });
    }
    return out;
  },
});
