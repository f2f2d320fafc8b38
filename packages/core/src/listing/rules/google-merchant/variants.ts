/** listing/google-merchant/variants: a ProductGroup has productGroupID, variesBy and hasVariant. */
import { defineRuntimeRule } from '../../../engine/rule.js';
import type { ListingRuleContext } from '../context.js';
import { present, primaryProduct } from './product-node.js';

function isGroup(node: Record<string, unknown> | undefined): boolean {
  const t = node?.['@type'];
  return (Array.isArray(t) ? t : [t]).includes('ProductGroup');
}

export const googleMerchantVariants = /* @__PURE__ */ defineRuntimeRule<ListingRuleContext>({
  id: 'listing/google-merchant/variants',
  aliases: ['google-merchant/variants'],
  category: 'structured-data',
  severity: 'warning',
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
