/** copy/policy/guarantee-wording: Guarantee and refund wording in marketplace listings ("full refund", "money-back guarantee"). */

import { copyExistenceRule } from '../../rule-kinds/existence.js';
import { isMarketplace } from './shared.js';
import { GUARANTEE_PHRASES } from './words.js';

export const copyPolicyGuaranteeWordingRule = copyExistenceRule({
  id: 'copy/policy/guarantee-wording',
  category: 'policy',
  severity: 'error',
  tokens: GUARANTEE_PHRASES,
  placements: isMarketplace,
  message: '"{match}" is guarantee or refund wording, which marketplaces remove from listing copy.',
});
