/** listing/amazon/description: a description or A+ is present, and the description is at most 2000 characters. */
import { defineRuntimeRule } from '../../../engine/rule.js';
import { type ListingRuleContext, withTarget } from '../context.js';

export const amazonDescription = /* @__PURE__ */ defineRuntimeRule<ListingRuleContext>({
  id: 'listing/amazon/description',
  aliases: ['amazon/description'],
  category: 'description',
  severity: 'warning',
  check: ({ listing, thresholds }) => {
    const max = thresholds.amazon.descriptionMaxChars;
    if (!listing.description) {
      if (listing.hasAPlus) return [];
      return [{ field: 'description', message: 'There is neither a product description nor A+ content.' }];
    }
    const n = listing.description.length;
    if (n <= max) return [];
    return [
      withTarget(listing, 'description', {
        message: `The description is ${n} characters; Amazon takes at most ${max}.`,
        range: [max, n] as [number, number],
        evidence: { value: n, limit: max, unit: 'chars' },
      }),
    ];
  },
});
