/** amazon/description: a description or A+ is present, and the description is at most 2000 characters. */
import { defineRule } from '../../../engine/rule.js';
import { type ListingRuleContext, withTarget } from '../context.js';

export const amazonDescription = /* @__PURE__ */ defineRule<ListingRuleContext>({
  id: 'amazon/description',
  category: 'description',
  severity: 'warning',
  meta: {
    summary: 'There is a product description or A+ content, and the description is at most 2000 characters.',
    rationale: 'Without either, the page has no long-form copy; the description field holds up to 2000 characters.',
    source: '[3P] amalyze PDP description guide; viral-launch (2000 characters).',
    examples: {
      valid: [{ input: { description: 'A sturdy kettle.' } }, { input: { hasAPlus: true } }],
      invalid: [{ input: { description: null, hasAPlus: false } }, { input: { description: 'z'.repeat(2001) } }],
    },
  },
  check: ({ listing, thresholds }) => {
    const max = thresholds.amazon.descriptionMaxChars;
    if (!listing.description) {
      if (listing.hasAPlus) return [];
      return [{ field: 'description', message: 'There is neither a product description nor A+ content.' }];
    }
    const n = listing.description.length;
    if (n <= max) return [];
    return [
      withTarget(listing, 'description', {
        message: `The description is ${n} characters; Amazon takes at most ${max}.`,
        range: [max, n] as [number, number],
        evidence: { value: n, limit: max, unit: 'chars' },
      }),
    ];
  },
});
