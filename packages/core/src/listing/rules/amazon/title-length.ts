/** amazon/title-length: a title exists, is at most 200 characters, and ideally under 80 for mobile. */
import { defineRule } from '../../../engine/rule.js';
import { type ListingRuleContext, withTarget } from '../context.js';

export const amazonTitleLength = /* @__PURE__ */ defineRule<ListingRuleContext>({
  id: 'amazon/title-length',
  category: 'title',
  severity: 'error',
  meta: {
    summary: 'The title exists, is at most 200 characters, and fits in about 80 on mobile.',
    rationale:
      'Titles over the limit are suppressed or rewritten by Amazon; mobile search shows about 80 characters, so the rest is cut.',
    source:
      '[O] Amazon Seller Central 200390640 and UK 201100890 (200 chars); [O] YTR6SYGFA5E3EQC ("fewer than 80 characters").',
    examples: {
      valid: [{ input: { title: 'Trailhead Waterproof Hiking Boots for Men, Leather, Size 10' } }],
      invalid: [
        { input: { title: 'A'.repeat(201) }, note: 'over 200 characters' },
        {
          input: { title: `Trailhead Waterproof Hiking Boots for Men ${'with grippy soles '.repeat(3)}` },
          note: 'over 80',
        },
        { input: { title: null }, note: 'no title found' },
      ],
    },
  },
  check: ({ listing, thresholds }) => {
    const t = thresholds.amazon;
    if (!listing.title) {
      return [{ field: 'title', message: 'No product title was found; every listing needs one.' }];
    }
    const length = listing.title.length;
    if (length > t.titleMaxChars) {
      return [
        withTarget(listing, 'title', {
          message: `The title is ${length} characters; Amazon allows at most ${t.titleMaxChars}, so it may be suppressed.`,
          range: [t.titleMaxChars, length] as [number, number],
          evidence: { value: length, limit: t.titleMaxChars, unit: 'chars' },
        }),
      ];
    }
    if (length > t.titleRecommendedChars) {
      return [
        withTarget(listing, 'title', {
          severity: 'info' as const,
          message: `The title is ${length} characters; mobile search shows about ${t.titleRecommendedChars}, so lead with what matters.`,
          range: [t.titleRecommendedChars, length] as [number, number],
          evidence: { value: length, limit: t.titleRecommendedChars, unit: 'chars' },
        }),
      ];
    }
    return [];
  },
});
