/** Docs for listing/google-merchant/aggregate-rating (summary, rationale, source, examples); only the documented pack imports this. */
import type { RuleMeta } from '../../../engine/rule.js';

export const googleMerchantAggregateRatingMeta: RuleMeta = {
  summary: 'When there is an aggregateRating, it has ratingValue plus ratingCount or reviewCount.',
  rationale: 'An incomplete rating is invalid markup: the stars are not shown and Search Console reports an error.',
  source:
    'squirrelscan schema/review, ratingValue plus ratingCount or reviewCount (third-party): https://docs.squirrelscan.com/rules/schema/review; Google Search Central, review snippet structured data: https://developers.google.com/search/docs/appearance/structured-data/review-snippet.',
  examples: {
    valid: [
      {
        input: {
          structuredData: {
            jsonLd: [{ '@type': 'Product', aggregateRating: { ratingValue: 4.4, reviewCount: 31 } }],
          },
        },
      },
    ],
    invalid: [
      { input: { structuredData: { jsonLd: [{ '@type': 'Product', aggregateRating: { ratingValue: 4.4 } }] } } },
    ],
  },
};
