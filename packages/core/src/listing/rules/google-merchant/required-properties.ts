/** listing/google-merchant/required-properties: the Product has a name and an image. */
import { defineRuntimeRule } from '../../../engine/rule.js';
import type { ListingRuleContext } from '../context.js';
import { present, primaryProduct } from './product-node.js';

export const googleMerchantRequiredProperties = /* @__PURE__ */ defineRuntimeRule<ListingRuleContext>({
  id: 'listing/google-merchant/required-properties',
  aliases: ['google-merchant/required-properties'],
  category: 'structured-data',
  severity: 'error',
  applies: ({ listing }) => primaryProduct(listing) !== undefined,
  check: ({ listing }) => {
    const product = primaryProduct(listing);
    if (!product) return [];
    const variant = Array.isArray(product.node.hasVariant)
      ? (product.node.hasVariant[0] as Record<string, unknown>)
      : {};
    return ['name', 'image']
      .filter((key) => !present(product.node[key]) && !present(variant?.[key]))
      .map((key) => ({
        field: `structuredData.${key}`,
        message: `The ${product.from} Product has no "${key}", which Google requires for a merchant listing.`,
        evidence: { text: key, limit: 'required' },
      }));
  },
});
