/** Docs for listing/amazon/a-plus (summary, rationale, source, examples); only the documented pack imports this. */
import type { RuleMeta } from '../../../engine/rule.js';

export const amazonAPlusMeta: RuleMeta = {
  summary: 'The listing has A+ content with at least one module.',
  rationale: 'A+ replaces the plain description on most surfaces; peer scorers treat its absence as a gap.',
  source:
    'amalyze, creating A+ Content (third-party): https://amalyze.com/resources/guides/listing/amazon-listing-aplus-create; horaizon, listing quality score glossary (third-party): https://horaizon.one/en/glossary/listing-quality-score; SellerClass, SellerSprite-style listing checklist with EBC/A+ (third-party): https://www.sellerclass.com/p/2394.html.',
  examples: {
    valid: [{ input: { hasAPlus: true, aPlusModuleCount: 4 } }],
    invalid: [{ input: { hasAPlus: false, aPlusModuleCount: 0 } }],
  },
};
