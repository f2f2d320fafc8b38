/** listing/generic-seo/single-h1: the page has exactly one H1 (the product name). */
import { defineRuntimeRule } from '../../../engine/rule.js';
import { type ListingRuleContext, withTarget } from '../context.js';

export const genericSeoSingleH1 = /* @__PURE__ */ defineRuntimeRule<ListingRuleContext>({
  id: 'listing/generic-seo/single-h1',
  aliases: ['generic-seo/single-h1'],
  category: 'structured-data',
  severity: 'warning',
  check: ({ listing }) => {
    const n = listing.seo.h1Count;
    if (n === 1) return [];
    return [
      withTarget(listing, 'seo.h1Count', {
        message:
          n === 0 ? 'The page has no H1; make the product name the H1.' : `The page has ${n} H1 headings; keep one.`,
        evidence: { value: n, limit: 1, unit: 'h1' },
      }),
    ];
  },
});
