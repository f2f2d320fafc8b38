/** copy/policy/retailer-mention: Other retailers or marketplaces named in marketplace copy ("Best Buy" on Amazon, "Amazon" on Walmart). */

import { copyExistenceRule } from '../../rule-kinds/existence.js';
import { RETAILERS } from './words.js';

export const copyPolicyRetailerMentionRule = copyExistenceRule({
  id: 'copy/policy/retailer-mention',
  category: 'policy',
  severity: 'error',
  tokens: RETAILERS,
  caseSensitive: true,
  plurals: false,
  placements: (p) => p.marketplace || p.id === 'amazon.sponsored-brands.headline',
  refine: (ctx, hit) => {
    const name = hit.value.phrase;
    if (ctx.placement.platform === 'amazon' && name === 'Amazon') return false;
    if (ctx.placement.platform === 'walmart' && name === 'Walmart') return false;
    return ctx.placement.platform === 'walmart' ? 'error' : 'warning';
  },
  message: '"{match}" names another retailer, which marketplace listings may not mention.',
});
