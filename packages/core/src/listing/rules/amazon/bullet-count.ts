/** amazon/bullet-count: the listing uses all five feature bullets. */
import { defineRule } from '../../../engine/rule.js';
import { type ListingRuleContext, withTarget } from '../context.js';

export const amazonBulletCount = /* @__PURE__ */ defineRule<ListingRuleContext>({
  id: 'amazon/bullet-count',
  category: 'bullets',
  severity: 'warning',
  meta: {
    summary: 'The listing has at least 5 feature bullets.',
    rationale: 'Sellers get five bullets; each unused one is missing selling and search text above the fold.',
    source: '[3P] amalytix bullet guide; Epinium B01 (fewer than 5 seller bullets).',
    examples: {
      valid: [{ input: { bullets: ['One', 'Two', 'Three', 'Four', 'Five'] } }],
      invalid: [{ input: { bullets: ['One', 'Two'] } }],
    },
  },
  check: ({ listing, thresholds }) => {
    const min = thresholds.amazon.bulletMinCount;
    const n = listing.bullets.length;
    if (n >= min) return [];
    return [
      withTarget(listing, 'bullets', {
        message: `The listing has ${n} feature bullet${n === 1 ? '' : 's'}; use all ${min}.`,
        evidence: { value: n, limit: min, unit: 'bullets' },
      }),
    ];
  },
});
