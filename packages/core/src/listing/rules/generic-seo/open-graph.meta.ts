/** Docs for listing/generic-seo/open-graph-product (summary, rationale, source, examples); only the documented pack imports this. */
import type { RuleMeta } from '../../../engine/rule.js';

export const genericSeoOpenGraphProductMeta: RuleMeta = {
  summary: 'Open Graph has og:type=product and a price in og:price:* or product:price:* tags.',
  rationale: 'Pinterest Product Pins and social previews read these tags; without them shares show no price.',
  source:
    'Pinterest, Product Pins (og:type=product and price tags): https://developers.pinterest.com/docs/web-features/product-rich-pins/; Meta Commerce, catalog microdata tags (Open Graph): https://developers.facebook.com/documentation/ads-commerce/catalog/guides/microdata-tags; a Shopify Open Graph snippet with og:price:* (third-party): https://gist.github.com/atikju/63bb72dfb5b0ff9408772fff4d42d3ea.',
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
