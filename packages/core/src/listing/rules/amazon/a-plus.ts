/** amazon/a-plus: the listing has A+ content (modules in `#aplus_feature_div`, not the brand story). */
import { defineRule } from '../../../engine/rule.js';
import { type ListingRuleContext, withTarget } from '../context.js';

export const amazonAPlus = /* @__PURE__ */ defineRule<ListingRuleContext>({
  id: 'amazon/a-plus',
  category: 'description',
  severity: 'warning',
  meta: {
    summary: 'The listing has A+ content with at least one module.',
    rationale: 'A+ replaces the plain description on most surfaces; peer scorers treat its absence as a gap.',
    source: '[3P] amalyze A+ guide; horaizon LQS glossary; SellerSprite checklist (EBC/A+).',
    examples: {
      valid: [{ input: { hasAPlus: true, aPlusModuleCount: 4 } }],
      invalid: [{ input: { hasAPlus: false, aPlusModuleCount: 0 } }],
    },
  },
  check: ({ listing }) =>
    listing.hasAPlus
      ? []
      : [
          withTarget(listing, 'hasAPlus', {
            message: 'No A+ content was found; add A+ modules (Brand Registry required).',
            evidence: { value: listing.aPlusModuleCount, limit: 1, unit: 'modules' },
          }),
        ],
});
