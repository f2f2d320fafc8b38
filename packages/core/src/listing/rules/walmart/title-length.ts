/** walmart/title-length: a title exists, is at most 150 characters, and ideally 50–75. */
import { defineRule } from '../../../engine/rule.js';
import { type ListingRuleContext, withTarget } from '../context.js';

export const walmartTitleLength = /* @__PURE__ */ defineRule<ListingRuleContext>({
  id: 'walmart/title-length',
  category: 'title',
  severity: 'error',
  meta: {
    summary: 'The title exists, is at most 150 characters, and ideally 50–75.',
    rationale: 'Walmart asks for brief titles of at most 150 characters; 50–75 reads fully in search and on mobile.',
    source: '[O] Walmart Product details policy (2025-07-15); [3P] rivrhub SOP and imagine.io (50–75).',
    examples: {
      valid: [{ input: { title: 'Great Value Whole Vitamin D Milk, 1 Gallon, 128 fl oz Jug' } }],
      invalid: [
        { input: { title: 'W'.repeat(151) }, note: 'over 150' },
        { input: { title: 'Whole Milk' }, note: 'under 50' },
        { input: { title: null } },
      ],
    },
  },
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
