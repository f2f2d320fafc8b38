/** copy/policy/sponsored-brands-wording: Wording Amazon Sponsored Brands rejects: "Click here", "Don't miss out", "Last chance", "Best seller". */

import { copyExistenceRule } from '../../rule-kinds/existence.js';
import { SPONSORED_BRANDS_BANNED } from './words.js';

export const copyPolicySponsoredBrandsWordingRule = copyExistenceRule({
  id: 'copy/policy/sponsored-brands-wording',
  category: 'policy',
  severity: 'error',
  tokens: SPONSORED_BRANDS_BANNED,
  placements: ['amazon.sponsored-brands.headline'],
  message: '"{match}" is wording Amazon Sponsored Brands moderation rejects.',
});
