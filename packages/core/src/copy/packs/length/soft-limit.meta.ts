/** Docs for copy/length/soft-limit (summary, rationale, source, examples); only the documented pack imports this. */
import type { RuleMeta } from '../../../engine/index.js';

export const copyLengthSoftLimitMeta: RuleMeta = {
  summary: "Text is longer than the placement's recommended length.",
  rationale:
    'Past the recommendation the text still ships but is cut in feeds or performs worse: Meta shows about 125 characters of primary text, Amazon recommends titles under 80.',
  source:
    'The placement catalog: https://sellercentral.amazon.com/gp/help/external/help.html?itemID=YTR6SYGFA5E3EQC, https://adsuploader.com/blog/meta-ad-copy-specs, https://www.activecampaign.com/glossary/subject-line-length, https://braze.com/docs/user_guide/message_building_by_channel/sms/campaign/segments.',
  examples: {
    valid: [{ input: { text: 'Cold brew, ready in 12 hours.', placement: 'meta.headline' } }],
    invalid: [
      {
        input: { text: 'Cold brew concentrate that stays smooth for two full weeks', placement: 'meta.headline' },
        note: '58 characters; Meta recommends 40 for headlines.',
      },
    ],
  },
};
