/** listing/walmart/images: at least 4 images, each at least 1500 px where the size is known. */
import type { RuleFinding } from '../../../engine/finding.js';
import { defineRuntimeRule } from '../../../engine/rule.js';
import { type ListingRuleContext, longestSide, withTarget } from '../context.js';

export const walmartImages = /* @__PURE__ */ defineRuntimeRule<ListingRuleContext>({
  id: 'listing/walmart/images',
  aliases: ['walmart/images'],
  category: 'media',
  severity: 'warning',
  check: ({ listing, thresholds }) => {
    const { imageMinCount: min, zoomMinPx: px } = thresholds.walmart;
    const out: RuleFinding[] = [];
    const n = listing.images.length;
    if (n < min) {
      out.push(
        withTarget(listing, 'images', {
          message: `The listing has ${n} image${n === 1 ? '' : 's'}; Walmart recommends at least ${min}.`,
          evidence: { value: n, limit: min, unit: 'images' },
        }),
      );
    }
    for (const [i, image] of listing.images.entries()) {
      const side = longestSide(image);
      if (side === undefined || side >= px) continue;
      out.push(
        withTarget(listing, `images.${i}`, {
          message: `Image ${i + 1} is ${side} px; Walmart zoom needs ${px}×${px} px.`,
          evidence: { text: image.url, value: side, limit: px, unit: 'px' },
        }),
      );
    }
    return out;
  },
});
