/** walmart/title-policy: no banned characters (~ ! * $) and no promotional claims in the title. */
import { defineRule } from '../../../engine/rule.js';
import { type ListingRuleContext, withTarget } from '../context.js';

const BANNED = /[~!*$]/g;
const PROMO =
  /\b(?:free shipping|walmart fulfilled|hot sale|top rated|premium quality|best[- ]?selling|clearance|black friday|savings|low price|coming soon|out[- ]of[- ]stock)\b|#1 rated/gi;

export const walmartTitlePolicy = /* @__PURE__ */ defineRule<ListingRuleContext>({
  id: 'walmart/title-policy',
  category: 'policy',
  severity: 'error',
  meta: {
    summary: 'The title has none of ~ ! * $ and no promotional claims ("free shipping", "clearance", "best selling").',
    rationale: 'Walmart unpublishes or rejects titles with these characters or promotional and availability claims.',
    source: '[O] Walmart Product details policy (2025-07-15), title bans.',
    examples: {
      valid: [{ input: { title: 'Mainstays 12-Cup Coffee Maker, Black' } }],
      invalid: [{ input: { title: 'Clearance! Coffee Maker, Free Shipping' } }],
    },
  },
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
