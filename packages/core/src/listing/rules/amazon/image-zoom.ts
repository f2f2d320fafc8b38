/** amazon/image-zoom: the main image is at least 1000 px on its longest side, so zoom works. */
import { defineRule } from '../../../engine/rule.js';
import { type ListingRuleContext, longestSide, withTarget } from '../context.js';

export const amazonImageZoom = /* @__PURE__ */ defineRule<ListingRuleContext>({
  id: 'amazon/image-zoom',
  category: 'media',
  severity: 'warning',
  meta: {
    summary: 'Each gallery image whose size is known is at least 1000 px on its longest side.',
    rationale: 'Images of 1000 px or more enable hover zoom, which shoppers use to inspect the product.',
    source: '[O] Amazon GNRP6DDJV79DUHRD ("1,000 pixels or larger ... enables the zoom function").',
    examples: {
      valid: [{ input: { images: [{ url: 'https://m.media-amazon.com/a.jpg', width: 1500, height: 1500 }] } }],
      invalid: [{ input: { images: [{ url: 'https://m.media-amazon.com/a.jpg', width: 500, height: 445 }] } }],
    },
  },
  check: ({ listing, thresholds }) => {
    const min = thresholds.amazon.zoomMinPx;
    const out = [];
    for (const [i, image] of listing.images.entries()) {
      const side = longestSide(image);
      if (side === undefined || side >= min) continue;
      out.push(
        withTarget(listing, `images.${i}`, {
          message: `Image ${i + 1} is ${side} px on its longest side; ${min} px or more enables zoom.`,
          evidence: { text: image.url, value: side, limit: min, unit: 'px' },
        }),
      );
    }
    return out;
  },
});
