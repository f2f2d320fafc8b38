/** Docs for listing/amazon/a-plus (summary, rationale, source, examples); only the documented pack imports this. */
import type { RuleMeta } from '../../../engine/rule.js';

export const amazonAPlusMeta: RuleMeta = {
  summary: 'The listing has A+ content with at least one module.',
  rationale: 'A+ replaces the plain description on most surfaces; peer scorers treat its absence as a gap.',
  source: '[3P] amalyze A+ guide; horaizon LQS glossary; SellerSprite checklist (EBC/A+).',
  examples: {
    valid: [{ input: { hasAPlus: true, aPlusModuleCount: 4 } }],
    invalid: [{ input: { hasAPlus: false, aPlusModuleCount: 0 } }],
  },
};
