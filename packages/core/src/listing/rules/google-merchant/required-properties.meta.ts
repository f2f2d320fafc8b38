/** Docs for listing/google-merchant/required-properties (summary, rationale, source, examples); only the documented pack imports this. */
import type { RuleMeta } from '../../../engine/rule.js';

export const googleMerchantRequiredPropertiesMeta: RuleMeta = {
  summary: 'The Product structured data has `name` and `image`.',
  rationale: 'Both are required for a merchant listing; without them the rich result is dropped.',
  source:
    'Google Search Central, merchant listing structured data (required properties): https://developers.google.com/search/docs/appearance/structured-data/merchant-listing.',
  examples: {
    valid: [
      { input: { structuredData: { jsonLd: [{ '@type': 'Product', name: 'Mug', image: 'https://x.test/m.jpg' }] } } },
    ],
    invalid: [{ input: { structuredData: { jsonLd: [{ '@type': 'Product', name: 'Mug' }] } } }],
  },
};
