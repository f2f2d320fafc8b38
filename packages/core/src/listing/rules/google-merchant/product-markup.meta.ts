/** Docs for listing/google-merchant/product-markup (summary, rationale, source, examples); only the documented pack imports this. */
import type { RuleMeta } from '../../../engine/rule.js';

export const googleMerchantProductMarkupMeta: RuleMeta = {
  summary: 'The page has a schema.org Product or ProductGroup in JSON-LD or microdata.',
  rationale: 'Without Product markup the page is not eligible for merchant listing or product rich results.',
  source:
    'Google Search Central, merchant listing structured data: https://developers.google.com/search/docs/appearance/structured-data/merchant-listing.',
  examples: {
    valid: [{ input: { structuredData: { jsonLd: [{ '@type': 'Product', name: 'Mug' }] } } }],
    invalid: [{ input: { structuredData: { jsonLd: [] } } }],
  },
};
