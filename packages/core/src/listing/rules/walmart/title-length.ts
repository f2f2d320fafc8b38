/** listing/walmart/title-length: a title exists, is at most 150 characters, and ideally 50–75. */
import { defineRuntimeRule } from '../../../engine/rule.js';
import { type ListingRuleContext, withTarget } from '../context.js';

export const walmartTitleLength = /* @__PURE__ */ defineRuntimeRule<ListingRuleContext>({
  id: 'listing/walmart/title-length',
  aliases: ['walmart/title-length'],
  category: 'title',
  severity: 'error',
  check: ({ listing, thresholds }) => {
    const t = thresholds.walmart;
    if (!listing.title) return [{ field: 'title', message: 'No product title was found; every listing needs one.' }];
    const n = listing.title.length;
    if (n > t.titleMaxChars) {
      return [
        withTarget(listing, 'title', {
          message: `The title is ${n} characters; Walmart allows at most ${t.titleMaxChars}.`,
          range: [t.titleMaxChars, n] as [number, number],
          evidence: { value: n, limit: t.titleMaxChars, unit: 'chars' },
        }),
      ];
    }
    if (n < t.titleIdealMinChars || n > t.titleIdealMaxChars) {
      const limit = n < t.titleIdealMinChars ? t.titleIdealMinChars : t.titleIdealMaxChars;
      return [
        withTarget(listing, 'title', {
          severity: 'info' as const,
          message: `The title is ${n} characters; ${t.titleIdealMinChars}–${t.titleIdealMaxChars} is the recommended range.`,
          evidence: { value: n, limit, unit: 'chars' },
        }),
      ];
    }
    return [];
  },
});
