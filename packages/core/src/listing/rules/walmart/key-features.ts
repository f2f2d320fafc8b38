/** walmart/key-features: at least 3 key features. */
import { defineRule } from '../../../engine/rule.js';
import { type ListingRuleContext, withTarget } from '../context.js';

export const walmartKeyFeatures = /* @__PURE__ */ defineRule<ListingRuleContext>({
  id: 'walmart/key-features',
  category: 'bullets',
  severity: 'warning',
  meta: {
    summary: 'The listing has at least 3 key features.',
    rationale: 'Key features count toward the content score and are the first thing shoppers scan.',
    source: '[3P] prodtimize and bluestack Walmart listing guides (3 is the floor they agree on).',
    examples: {
      valid: [{ input: { bullets: ['Rich and creamy', 'Fortified with vitamin D', '1 gallon jug'] } }],
      invalid: [{ input: { bullets: ['Rich and creamy'] } }],
    },
  },
  check: ({ listing, thresholds }) => {
    const min = thresholds.walmart.keyFeatureMinCount;
    const n = listing.bullets.length;
    return n >= min
      ? []
      : [
          withTarget(listing, 'bullets', {
            message: `The listing has ${n} key feature${n === 1 ? '' : 's'}; add at least ${min}.`,
            evidence: { value: n, limit: min, unit: 'features' },
          }),
        ];
  },
});
