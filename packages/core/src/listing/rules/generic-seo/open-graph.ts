/** listing/generic-seo/open-graph-product: Open Graph says `og:type=product` and carries a price (either convention). */
import { defineRuntimeRule } from '../../../engine/rule.js';
import type { ListingRuleContext } from '../context.js';

export const genericSeoOpenGraphProduct = /* @__PURE__ */ defineRuntimeRule<ListingRuleContext>({
  id: 'listing/generic-seo/open-graph-product',
  aliases: ['generic-seo/open-graph-product'],
  category: 'structured-data',
  severity: 'info',
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
