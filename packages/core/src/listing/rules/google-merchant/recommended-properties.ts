/** listing/google-merchant/recommended-properties: brand, identifiers, availability, rating, shipping and returns. */
import { defineRuntimeRule } from '../../../engine/rule.js';
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

export const googleMerchantRecommendedProperties = /* @__PURE__ */ defineRuntimeRule<ListingRuleContext>({
  id: 'listing/google-merchant/recommended-properties',
  aliases: ['google-merchant/recommended-properties'],
  category: 'structured-data',
  severity: 'info',
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
