/** google-merchant/required-properties: the Product has a name and an image. */
import { defineRule } from '../../../engine/rule.js';
import type { ListingRuleContext } from '../context.js';
import { present, primaryProduct } from './product-node.js';

export const googleMerchantRequiredProperties = /* @__PURE__ */ defineRule<ListingRuleContext>({
  id: 'google-merchant/required-properties',
  category: 'structured-data',
  severity: 'error',
  meta: {
    summary: 'The Product structured data has `name` and `image`.',
    rationale: 'Both are required for a merchant listing; without them the rich result is dropped.',
    source: '[O] Google merchant listing structured data: required properties.',
    examples: {
      valid: [
        { input: { structuredData: { jsonLd: [{ '@type': 'Product', name: 'Mug', image: 'https://x.test/m.jpg' }] } } },
      ],
      invalid: [{ input: { structuredData: { jsonLd: [{ '@type': 'Product', name: 'Mug' }] } } }],
    },
  },
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
