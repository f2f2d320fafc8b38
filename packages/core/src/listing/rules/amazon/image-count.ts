/** listing/amazon/image-count: at least 6 gallery images, ideally 7 or more. */
import { defineRuntimeRule } from '../../../engine/rule.js';
import { type ListingRuleContext, withTarget } from '../context.js';

export const amazonImageCount = /* @__PURE__ */ defineRuntimeRule<ListingRuleContext>({
  id: 'listing/amazon/image-count',
  aliases: ['amazon/image-count'],
  category: 'media',
  severity: 'warning',
  check: ({ listing, thresholds }) => {
    const { imageMinCount: min, imageRecommendedCount: rec } = thresholds.amazon;
    const n = listing.images.length;
    if (n >= rec) return [];
    const below = n < min;
    return [
      withTarget(listing, 'images', {
        severity: below ? ('warning' as const) : ('info' as const),
        message: below
          ? `The gallery has ${n} image${n === 1 ? '' : 's'}; use at least ${min}.`
          : `The gallery has ${n} images; ${rec} or more fill every displayed slot.`,
        evidence: { value: n, limit: below ? min : rec, unit: 'images' },
      }),
    ];
  },
});
