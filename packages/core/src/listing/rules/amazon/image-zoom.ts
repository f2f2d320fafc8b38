/** listing/amazon/image-zoom: the main image is at least 1000 px on its longest side, so zoom works. */
import { defineRuntimeRule } from '../../../engine/rule.js';
import { type ListingRuleContext, longestSide, withTarget } from '../context.js';

export const amazonImageZoom = /* @__PURE__ */ defineRuntimeRule<ListingRuleContext>({
  id: 'listing/amazon/image-zoom',
  aliases: ['amazon/image-zoom'],
  category: 'media',
  severity: 'warning',
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
