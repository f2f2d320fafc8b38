/** Docs for listing/core/not-enough-content (summary, rationale, source, examples); only the documented pack imports this. */
import type { RuleMeta } from '../../../engine/rule.js';

export const listingCoreNotEnoughContentMeta: RuleMeta = {
  summary:
    'The page shows at least half of the essential facts of a product listing (title, price, images, description, and bullets and an item id on marketplaces or Product structured data on stores).',
  rationale:
    'The other rules judge what is there, so a page with only a title (or a home or search page) would otherwise score "fair"; a listing without most of its facts cannot sell, or is not a product page at all.',
  source:
    "revloop's own threshold (at least half of the essentials); the essentials follow the required properties of a Google merchant listing: https://developers.google.com/search/docs/appearance/structured-data/merchant-listing, and the Amazon and Walmart packs.",
  examples: {
    valid: [
      {
        input: {
          marketplace: 'amazon',
          title: 'Steel Kettle 1.7 L',
          price: { amount: 39.99, currency: 'USD' },
          images: [{ url: 'https://m.media-amazon.com/a.jpg' }],
          ids: { asin: 'B0TEST0001' },
        },
        note: '4 of 6 essentials',
      },
    ],
    invalid: [
      { input: { marketplace: 'amazon', title: 'Steel Kettle 1.7 L' }, note: 'only a title' },
      { input: { title: "Today's deals" }, note: 'a store home page' },
    ],
  },
};
