/** listing/google-merchant/product-markup: the page has Product (or ProductGroup) structured data. */
import { defineRuntimeRule } from '../../../engine/rule.js';
import type { ListingRuleContext } from '../context.js';
import { primaryProduct } from './product-node.js';

export const googleMerchantProductMarkup = /* @__PURE__ */ defineRuntimeRule<ListingRuleContext>({
  id: 'listing/google-merchant/product-markup',
  aliases: ['google-merchant/product-markup'],
  category: 'structured-data',
  severity: 'error',
  check: ({ listing }) =>
    primaryProduct(listing)
      ? []
      : [
          {
            field: 'structuredData',
            message: 'No Product structured data was found; add JSON-LD Product markup with name, image and offers.',
            evidence: { value: 0, limit: 1, unit: 'Product nodes' },
          },
        ],
});
