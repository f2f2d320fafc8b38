/** google-merchant/product-markup: the page has Product (or ProductGroup) structured data. */
import { defineRule } from '../../../engine/rule.js';
import type { ListingRuleContext } from '../context.js';
import { primaryProduct } from './product-node.js';

export const googleMerchantProductMarkup = /* @__PURE__ */ defineRule<ListingRuleContext>({
  id: 'google-merchant/product-markup',
  category: 'structured-data',
  severity: 'error',
  meta: {
    summary: 'The page has a schema.org Product or ProductGroup in JSON-LD or microdata.',
    rationale: 'Without Product markup the page is not eligible for merchant listing or product rich results.',
    source: '[O] Google Search Central: merchant listing structured data.',
    examples: {
      valid: [{ input: { structuredData: { jsonLd: [{ '@type': 'Product', name: 'Mug' }] } } }],
      invalid: [{ input: { structuredData: { jsonLd: [] } } }],
    },
  },
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
