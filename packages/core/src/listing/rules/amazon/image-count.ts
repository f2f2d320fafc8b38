/** amazon/image-count: at least 6 gallery images, ideally 7 or more. */
import { defineRule } from '../../../engine/rule.js';
import { type ListingRuleContext, withTarget } from '../context.js';

export const amazonImageCount = /* @__PURE__ */ defineRule<ListingRuleContext>({
  id: 'amazon/image-count',
  category: 'media',
  severity: 'warning',
  meta: {
    summary: 'The gallery has at least 6 images (warning) and ideally 7 or more (info).',
    rationale: 'About 7 images display on the detail page; fewer leaves shoppers with unanswered questions.',
    source: '[3P] teamsifatsabbir and ensobrands image guides; horaizon LQS glossary (6–7+).',
    examples: {
      valid: [
        { input: { images: Array.from({ length: 7 }, (_, i) => ({ url: `https://m.media-amazon.com/${i}.jpg` })) } },
      ],
      invalid: [
        { input: { images: [{ url: 'https://m.media-amazon.com/a.jpg' }] } },
        { input: { images: Array.from({ length: 6 }, (_, i) => ({ url: `https://m.media-amazon.com/${i}.jpg` })) } },
      ],
    },
  },
  check: ({ listing, thresholds }) => {
    const { imageMinCount: min, imageRecommendedCount: rec } = thresholds.amazon;
    const n = listing.images.length;
    if (n >= rec) return [];
    const below = n < min;
    return [
      withTarget(listing, 'images', {
        severity: below ? ('warning' as const) : ('info' as const),
        message: below
          ? `The gallery has ${n} image${n === 1 ? '' : 's'}; use at least ${min}.`
          : `The gallery has ${n} images; ${rec} or more fill every displayed slot.`,
        evidence: { value: n, limit: below ? min : rec, unit: 'images' },
      }),
    ];
  },
});
