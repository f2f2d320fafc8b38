/** generic-seo/title-tag: the page `<title>` exists and is 30–60 characters. */
import { defineRule } from '../../../engine/rule.js';
import { type ListingRuleContext, withTarget } from '../context.js';

export const genericSeoTitleTag = /* @__PURE__ */ defineRule<ListingRuleContext>({
  id: 'generic-seo/title-tag',
  category: 'structured-data',
  severity: 'warning',
  meta: {
    summary: 'The page title exists and is 30–60 characters.',
    rationale: 'Google cuts titles at about 600 px (50–60 characters); very short titles waste the search snippet.',
    source: '[3P] skills.sh website-seo-geo; squirrelscan core/meta-title.',
    examples: {
      valid: [{ input: { seo: { title: 'Stoneware Coffee Mug, 12 oz, Speckled – Fern & Clay' } } }],
      invalid: [
        { input: { seo: { title: null } } },
        { input: { seo: { title: 'Mug' } }, note: 'thin' },
        {
          input: {
            seo: { title: 'Stoneware Coffee Mug, 12 oz, Speckled Glaze, Dishwasher Safe – Fern & Clay Pottery' },
          },
        },
      ],
    },
  },
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
