/** Docs for listing/amazon/title-length (summary, rationale, source, examples); only the documented pack imports this. */
import type { RuleMeta } from '../../../engine/rule.js';

export const amazonTitleLengthMeta: RuleMeta = {
  summary: 'The title exists, is at most 200 characters, and fits in about 80 on mobile.',
  rationale:
    'Titles over the limit are suppressed or rewritten by Amazon; mobile search shows about 80 characters, so the rest is cut.',
  source:
    'Amazon Seller Central, product detail page rules (200 characters): https://sellercentral.amazon.com/gp/help/external/200390640; Amazon Seller Central UK, product title requirements and guidelines: https://sellercentral-europe.amazon.com/help/hub/reference/external/201100890; Amazon Seller Central, product title guidance ("fewer than 80 characters"): https://sellercentral.amazon.com/gp/help/external/help.html?itemID=YTR6SYGFA5E3EQC.',
  examples: {
    valid: [{ input: { title: 'Trailhead Waterproof Hiking Boots for Men, Leather, Size 10' } }],
    invalid: [
      { input: { title: /* @__PURE__ */ 'A'.repeat(201) }, note: 'over 200 characters' },
      {
        input: {
          title: 'Trailhead Waterproof Hiking Boots for Men with grippy soles with grippy soles with grippy soles ',
        },
        note: 'over 80',
      },
      { input: { title: null }, note: 'no title found' },
    ],
  },
};
