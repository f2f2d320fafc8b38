/** Docs for listing/google-merchant/variants (summary, rationale, source, examples); only the documented pack imports this. */
import type { RuleMeta } from '../../../engine/rule.js';

export const googleMerchantVariantsMeta: RuleMeta = {
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
};
