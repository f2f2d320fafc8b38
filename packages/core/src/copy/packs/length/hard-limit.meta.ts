/** Docs for copy/length/hard-limit (summary, rationale, source, examples); only the documented pack imports this. */
import type { RuleMeta } from '../../../engine/index.js';

export const copyLengthHardLimitMeta: RuleMeta = {
  summary: "Text is longer than the placement's hard limit, counted in the platform's unit.",
  rationale:
    'Over the hard limit a platform rejects the ad, suppresses the listing or ignores the field (Amazon search terms over 249 bytes are dropped).',
  source:
    'The placement catalog: https://sellercentral.amazon.com/gp/help/external/200390640, https://sellercentral.amazon.com/gp/help/external/G23501, https://support.google.com/google-ads/answer/7684791, https://ads.tiktok.com/help/article?aid=6701253237862825989, https://braze.com/docs/user_guide/message_building_by_channel/sms/campaign/segments.',
  examples: {
    valid: [{ input: { text: 'Stainless Steel Water Bottle', placement: 'google-ads.headline' } }],
    invalid: [
      {
        input: { text: 'Insulated Stainless Steel Water Bottle 32 oz', placement: 'google-ads.headline' },
        note: '44 characters against a 30-character headline limit.',
      },
    ],
  },
};
