/** Docs for listing/walmart/title-policy (summary, rationale, source, examples); only the documented pack imports this. */
import type { RuleMeta } from '../../../engine/rule.js';

export const walmartTitlePolicyMeta: RuleMeta = {
  summary: 'The title has none of ~ ! * $ and no promotional claims ("free shipping", "clearance", "best selling").',
  rationale: 'Walmart unpublishes or rejects titles with these characters or promotional and availability claims.',
  source:
    'Walmart Marketplace Learn, Product details policy (2025-07-15), title bans: https://marketplacelearn.walmart.com/guides/Item%20setup/Item%20content,%20imagery,%20and%20media/Product-Detail-Page:-overview.',
  examples: {
    valid: [{ input: { title: 'Mainstays 12-Cup Coffee Maker, Black' } }],
    invalid: [{ input: { title: 'Clearance! Coffee Maker, Free Shipping' } }],
  },
};
