/** listing/generic-seo/title-tag: the page `<title>` exists and is 30–60 characters. */
import { defineRuntimeRule } from '../../../engine/rule.js';
import { type ListingRuleContext, withTarget } from '../context.js';

export const genericSeoTitleTag = /* @__PURE__ */ defineRuntimeRule<ListingRuleContext>({
  id: 'listing/generic-seo/title-tag',
  aliases: ['generic-seo/title-tag'],
  category: 'structured-data',
  severity: 'warning',
  check: ({ listing, thresholds }) => {
    const { titleMinChars: min, titleMaxChars: max } = thresholds.seo;
    const title = listing.seo.title;
    if (!title) return [withTarget(listing, 'seo.title', { message: 'The page has no <title>; add one.' })];
    const n = title.length;
    if (n > max) {
      return [
        withTarget(listing, 'seo.title', {
          message: `The page title is ${n} characters; Google shows about ${max}.`,
          range: [max, n] as [number, number],
          evidence: { value: n, limit: max, unit: 'chars' },
        }),
      ];
    }
    if (n < min) {
      return [
        withTarget(listing, 'seo.title', {
          severity: 'info' as const,
          message: `The page title is ${n} characters; ${min}+ describes the product better in search.`,
          evidence: { value: n, limit: min, unit: 'chars' },
        }),
      ];
    }
    return [];
  },
});
