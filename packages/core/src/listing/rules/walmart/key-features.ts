/** listing/walmart/key-features: at least 3 key features. */
import { defineRuntimeRule } from '../../../engine/rule.js';
import { type ListingRuleContext, withTarget } from '../context.js';

export const walmartKeyFeatures = /* @__PURE__ */ defineRuntimeRule<ListingRuleContext>({
  id: 'listing/walmart/key-features',
  aliases: ['walmart/key-features'],
  category: 'bullets',
  severity: 'warning',
  check: ({ listing, thresholds }) => {
    const min = thresholds.walmart.keyFeatureMinCount;
    const n = listing.bullets.length;
    return n >= min
      ? []
      : [
          withTarget(listing, 'bullets', {
            message: `The listing has ${n} key feature${n === 1 ? '' : 's'}; add at least ${min}.`,
            evidence: { value: n, limit: min, unit: 'features' },
          }),
        ];
  },
});
