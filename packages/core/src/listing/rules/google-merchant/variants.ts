/** google-merchant/variants: a ProductGroup has productGroupID, variesBy and hasVariant. */
import { defineRule } from '../../../engine/rule.js';
import type { ListingRuleContext } from '../context.js';
import { present, primaryProduct } from './product-node.js';

function isGroup(node: Record<string, unknown> | undefined): boolean {
  const t = node?.['@type'];
  return (Array.isArray(t) ? t : [t]).includes('ProductGroup');
}

export const googleMerchantVariants = /* @__PURE__ */ defineRule<ListingRuleContext>({
  id: 'google-merchant/variants',
  category: 'structured-data',
  severity: 'warning',
  meta: {
    summary: 'A ProductGroup has productGroupID, variesBy and hasVariant.',
    rationale: 'Google reads variants only from a complete ProductGroup; a partial one is treated as a single product.',
    source: '[O] Google Search Central: product variant structured data.',
    examples: {
      valid: [
        {
          input: {
            structuredData: {
              jsonLd: [
                {
                  '@type': 'ProductGroup',
                  productGroupID: 'G1',
                  variesBy: ['size'],
                  hasVariant: [{ '@type': 'Product' }],
                },
              ],
            },
          },
        },
      ],
      invalid: [{ input: { structuredData: { jsonLd: [{ '@type': 'ProductGroup', hasVariant: [] }] } } }],
    },
  },
  applies: ({ listing }) => isGroup(primaryProduct(listing)?.node),
  check: ({ listing }) => {
    const node = primaryProduct(listing)?.node ?? {};
    return ['productGroupID', 'variesBy', 'hasVariant']
      .filter((key) => !present(node[key]))
      .map((key) => ({
        field: `structuredData.${key}`,
        message: `The ProductGroup has no ${key}; Google needs it to read the variants.`,
        evidence: { text: key, limit: 'required for variants' },
      }));
  },
});
