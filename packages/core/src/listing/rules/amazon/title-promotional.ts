/** listing/amazon/title-promotional: no promotional or subjective phrases ("free shipping", "best seller") in the title. */
import { defineRuntimeRule } from '../../../engine/rule.js';
import { type ListingRuleContext, withTarget } from '../context.js';

/** Shared with the Walmart pack's own list; anchored alternatives, no nested quantifiers. */
export const AMAZON_PROMO_PHRASES =
  /\b(?:free shipping|best[- ]?sell(?:er|ing)|hot item|100% (?:quality )?guaranteed?|on sale|limited time|cheapest|top rated|hot sale|buy now)\b|#1\b/gi;

export const amazonTitlePromotional = /* @__PURE__ */ defineRuntimeRule<ListingRuleContext>({
  id: 'listing/amazon/title-promotional',
  aliases: ['amazon/title-promotional'],
  category: 'policy',
  severity: 'error',
  check: ({ listing }) => {
    const title = listing.title ?? '';
    return [...title.matchAll(AMAZON_PROMO_PHRASES)].map((m) =>
      withTarget(listing, 'title', {
        message: `"${m[0]}" is promotional; Amazon does not allow it in titles.`,
        range: [m.index, m.index + m[0].length] as [number, number],
        evidence: { text: m[0] },
      }),
    );
  },
});
