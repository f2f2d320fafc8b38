/** generic-seo/single-h1: the page has exactly one H1 (the product name). */
import { defineRule } from '../../../engine/rule.js';
import { type ListingRuleContext, withTarget } from '../context.js';

export const genericSeoSingleH1 = /* @__PURE__ */ defineRule<ListingRuleContext>({
  id: 'generic-seo/single-h1',
  category: 'structured-data',
  severity: 'warning',
  meta: {
    summary: 'The page has exactly one H1 heading.',
    rationale: 'One H1 naming the product tells search engines and screen readers what the page is about.',
    source: '[3P] squirrelscan and common on-page SEO audits (one H1 per page).',
    examples: {
      valid: [{ input: { seo: { h1Count: 1 } } }],
      invalid: [{ input: { seo: { h1Count: 0 } } }, { input: { seo: { h1Count: 3 } } }],
    },
  },
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
