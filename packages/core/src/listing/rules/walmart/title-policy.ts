/** listing/walmart/title-policy: no banned characters (~ ! * $) and no promotional claims in the title. */
import { defineRuntimeRule } from '../../../engine/rule.js';
import { type ListingRuleContext, withTarget } from '../context.js';

const BANNED = /[~!*$]/g;
const PROMO =
  /\b(?:free shipping|walmart fulfilled|hot sale|top rated|premium quality|best[- ]?selling|clearance|black friday|savings|low price|coming soon|out[- ]of[- ]stock)\b|#1 rated/gi;

export const walmartTitlePolicy = /* @__PURE__ */ defineRuntimeRule<ListingRuleContext>({
  id: 'listing/walmart/title-policy',
  aliases: ['walmart/title-policy'],
  category: 'policy',
  severity: 'error',
  check: ({ listing }) => {
    const title = listing.title ?? '';
    const hits = [...title.matchAll(BANNED), ...title.matchAll(PROMO)];
    return hits.map((m) =>
      withTarget(listing, 'title', {
        message: `"${m[0]}" is not allowed in Walmart titles; remove it.`,
        range: [m.index, m.index + m[0].length] as [number, number],
        evidence: { text: m[0] },
      }),
    );
  },
});
