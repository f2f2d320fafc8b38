/** listing/amazon/a-plus: the listing has A+ content (modules in `#aplus_feature_div`, not the brand story). */
import { defineRuntimeRule } from '../../../engine/rule.js';
import { type ListingRuleContext, withTarget } from '../context.js';

export const amazonAPlus = /* @__PURE__ */ defineRuntimeRule<ListingRuleContext>({
  id: 'listing/amazon/a-plus',
  aliases: ['amazon/a-plus'],
  category: 'description',
  severity: 'warning',
  check: ({ listing }) =>
    listing.hasAPlus
      ? []
      : [
          withTarget(listing, 'hasAPlus', {
            message: 'No A+ content was found; add A+ modules (Brand Registry required).',
            evidence: { value: listing.aPlusModuleCount, limit: 1, unit: 'modules' },
          }),
        ],
});
