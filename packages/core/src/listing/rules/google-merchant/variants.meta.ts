/** Docs for listing/google-merchant/variants (summary, rationale, source, examples); only the documented pack imports this. */
import type { RuleMeta } from '../../../engine/rule.js';

export const googleMerchantVariantsMeta: RuleMeta = {
  summary: 'A ProductGroup has productGroupID, variesBy and hasVariant.',
  rationale: 'Google reads variants only from a complete ProductGroup; a partial one is treated as a single product.',
  source:
    'Google Search Central, product variant structured data: https://developers.google.com/search/docs/appearance/structured-data/product-variants.',
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
};
