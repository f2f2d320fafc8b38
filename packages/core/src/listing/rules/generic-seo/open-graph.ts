/** generic-seo/open-graph-product: Open Graph says `og:type=product` and carries a price (either convention). */
import { defineRule } from '../../../engine/rule.js';
import type { ListingRuleContext } from '../context.js';

export const genericSeoOpenGraphProduct = /* @__PURE__ */ defineRule<ListingRuleContext>({
  id: 'generic-seo/open-graph-product',
  category: 'structured-data',
  severity: 'info',
  meta: {
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
  },
  check: ({ listing }) => {
    const og = listing.structuredData.openGraph;
    const out = [];
    if (og['og:type'] !== 'product') {
      out.push({
        field: 'structuredData.openGraph.og:type',
        ...(og['og:type'] ? { target: 'meta[property="og:type"]' } : {}),
        message: `og:type is ${og['og:type'] ? `"${og['og:type']}"` : 'missing'}; use "product" on product pages.`,
        evidence: { value: og['og:type'] ?? '(missing)', limit: 'product' },
      });
    }
    if (!og['og:price:amount'] && !og['product:price:amount']) {
      out.push({
        field: 'structuredData.openGraph.price',
        message: 'Open Graph has no price; add og:price:amount/currency or product:price:amount/currency.',
      });
    }
    return out;
  },
});
