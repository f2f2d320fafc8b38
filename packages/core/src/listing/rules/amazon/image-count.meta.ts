/** Docs for listing/amazon/image-count (summary, rationale, source, examples); only the documented pack imports this. */
import type { RuleMeta } from '../../../engine/rule.js';

export const amazonImageCountMeta: RuleMeta = {
  summary: 'The gallery has at least 6 images (warning) and ideally 7 or more (info).',
  rationale: 'About 7 images display on the detail page; fewer leaves shoppers with unanswered questions.',
  source:
    'teamsifatsabbir, Amazon listing image requirements (third-party): https://teamsifatsabbir.com/amazon-listing-image-requirements-2025-guide; Enso Brands, image count (third-party): https://ensobrands.com/?p=26582; horaizon, listing quality score glossary, 6–7+ images (third-party): https://horaizon.one/en/glossary/listing-quality-score.',
  examples: {
    valid: [
      {
        input: {
          images: /* @__PURE__ */ Array.from({ length: 7 }, (_, i) => ({ url: `https://m.media-amazon.com/${i}.jpg` })),
        },
      },
    ],
    invalid: [
      { input: { images: [{ url: 'https://m.media-amazon.com/a.jpg' }] } },
      {
        input: {
          images: /* @__PURE__ */ Array.from({ length: 6 }, (_, i) => ({ url: `https://m.media-amazon.com/${i}.jpg` })),
        },
      },
    ],
  },
};
