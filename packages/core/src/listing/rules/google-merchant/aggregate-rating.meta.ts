/** Docs for listing/google-merchant/aggregate-rating (summary, rationale, source, examples); only the documented pack imports this. */
import type { RuleMeta } from '../../../engine/rule.js';

export const googleMerchantAggregateRatingMeta: RuleMeta = {
  summary: 'When there is an aggregateRating, it has ratingValue plus ratingCount or reviewCount.',
  rationale: 'An incomplete rating is invalid markup: the stars are not shown and Search Console reports an error.',
  source: '[3P] squirrelscan schema/review; [O] Google review snippet structured data.',
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
