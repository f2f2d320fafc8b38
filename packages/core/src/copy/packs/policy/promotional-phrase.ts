/** copy/policy/promotional-phrase: Promotional and time-sensitive wording in marketplace listings ("free shipping", "sale", "limited time"). */

import { copyExistenceRule } from '../../rule-kinds/existence.js';
import { isMarketplace, TITLES } from './shared.js';
import { PROMOTIONAL_PHRASES } from './words.js';

export const copyPolicyPromotionalPhraseRule = copyExistenceRule({
  id: 'copy/policy/promotional-phrase',
  category: 'policy',
  severity: 'error',
  tokens: PROMOTIONAL_PHRASES,
  exceptions: ['deal of', 'exclusive of'],
  placements: isMarketplace,
  refine: (ctx) => (TITLES.includes(ctx.placement.id) ? 'error' : 'warning'),
  message: '"{match}" is promotional wording, which marketplaces do not allow in listing copy.',
});
