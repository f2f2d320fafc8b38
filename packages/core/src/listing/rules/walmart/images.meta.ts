/** Docs for listing/walmart/images (summary, rationale, source, examples); only the documented pack imports this. */
import type { RuleMeta } from '../../../engine/rule.js';

export const walmartImagesMeta: RuleMeta = {
  summary: 'The listing has at least 4 images, and each image of known size is at least 1500 px (zoom).',
  rationale:
    'Walmart recommends 4+ images; zoom needs 1500×1500 px. Sizes are not in the page data, so unknown sizes pass.',
  source:
    'Walmart Marketplace Learn, product detail page image guidelines and requirements: https://marketplacelearn.walmart.com/guides/Item%20setup/Item%20content%2C%20imagery%2C%20and%20media/Product-detail-page:-Image-guidelines-&-requirements.',
  examples: {
    valid: [
      {
        input: {
          images: /* @__PURE__ */ ['a', 'b', 'c', 'd'].map((n) => ({ url: `https://i5.walmartimages.com/${n}.jpg` })),
        },
      },
    ],
    invalid: [
      { input: { images: [{ url: 'https://i5.walmartimages.com/a.jpg' }] } },
      {
        input: {
          images: /* @__PURE__ */ ['a', 'b', 'c', 'd'].map((n) => ({
            url: `https://i5.walmartimages.com/${n}.jpg`,
            width: 800,
            height: 800,
          })),
        },
      },
    ],
  },
};
