/** Docs for listing/generic-seo/open-graph-product (summary, rationale, source, examples); only the documented pack imports this. */
import type { RuleMeta } from '../../../engine/rule.js';

export const genericSeoOpenGraphProductMeta: RuleMeta = {
  summary: 'Open Graph has og:type=product and a price in og:price:* or product:price:* tags.',
  rationale: 'Pinterest Product Pins and social previews read these tags; without them shares show no price.',
  source: '[O] Pinterest product rich pins; [C] Shopify Dawn meta-tags.liquid; Facebook product object tags.',
  examples: {
    valid: [
      {
        input: {
          structuredData: {
            openGraph: { 'og:type': 'product', 'og:price:amount': '24.00', 'og:price:currency': 'USD' },
          },
        },
      },
    ],
    invalid: [{ input: { structuredData: { openGraph: { 'og:type': 'website' } } } }],
  },
};
