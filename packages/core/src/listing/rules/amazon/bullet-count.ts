/** listing/amazon/bullet-count: the listing uses all five feature bullets. */
import { defineRuntimeRule } from '../../../engine/rule.js';
import { type ListingRuleContext, withTarget } from '../context.js';

export const amazonBulletCount = /* @__PURE__ */ defineRuntimeRule<ListingRuleContext>({
  id: 'listing/amazon/bullet-count',
  aliases: ['amazon/bullet-count'],
  category: 'bullets',
  severity: 'warning',
  check: ({ listing, thresholds }) => {
    const min = thresholds.amazon.bulletMinCount;
    const n = listing.bullets.length;
    if (n >= min) return [];
    return [
      withTarget(listing, 'bullets', {
        message: `The listing has ${n} feature bullet${n === 1 ? '' : 's'}; use all ${min}.`,
        evidence: { value: n, limit: min, unit: 'bullets' },
      }),
    ];
  },
});
