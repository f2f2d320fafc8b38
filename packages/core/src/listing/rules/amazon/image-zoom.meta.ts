/** Docs for listing/amazon/image-zoom (summary, rationale, source, examples); only the documented pack imports this. */
import type { RuleMeta } from '../../../engine/rule.js';

export const amazonImageZoomMeta: RuleMeta = {
  summary: 'Each gallery image whose size is known is at least 1000 px on its longest side.',
  rationale: 'Images of 1000 px or more enable hover zoom, which shoppers use to inspect the product.',
  source:
    'Amazon Seller Central image requirements ("1,000 pixels or larger in either height or width ... enables the zoom function"): https://sellercentral.amazon.com/help/hub/reference/GNRP6DDJV79DUHRD.',
  examples: {
    valid: [{ input: { images: [{ url: 'https://m.media-amazon.com/a.jpg', width: 1500, height: 1500 }] } }],
    invalid: [{ input: { images: [{ url: 'https://m.media-amazon.com/a.jpg', width: 500, height: 445 }] } }],
  },
};
