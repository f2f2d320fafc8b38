/** Docs for listing/amazon/bullet-count (summary, rationale, source, examples); only the documented pack imports this. */
import type { RuleMeta } from '../../../engine/rule.js';

export const amazonBulletCountMeta: RuleMeta = {
  summary: 'The listing has at least 5 feature bullets.',
  rationale: 'Sellers get five bullets; each unused one is missing selling and search text above the fold.',
  source:
    'amalytix, Amazon bullet points, up to 5 for sellers (third-party): https://www.amalytix.com/en/knowledge/seo/amazon-bullet-points/; Epinium workflow B01, fewer than 5 seller bullets (third-party): https://help.epinium.com/en/automation/workflow-templates/seo-content-bullets.',
  examples: {
    valid: [{ input: { bullets: ['One', 'Two', 'Three', 'Four', 'Five'] } }],
    invalid: [{ input: { bullets: ['One', 'Two'] } }],
  },
};
