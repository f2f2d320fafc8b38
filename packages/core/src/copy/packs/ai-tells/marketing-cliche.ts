/** copy/ai-tells/marketing-cliche: Stock openers and marketing clichés ("look no further", "unlock the power of", "game-changer"). */

import { copyExistenceRule } from '../../rule-kinds/existence.js';
import { AI_CLICHES } from './words.js';

export const copyAiTellsMarketingClicheRule = copyExistenceRule({
  id: 'copy/ai-tells/marketing-cliche',
  category: 'ai-tells',
  severity: 'warning',
  tokens: AI_CLICHES,
  message: '"{match}" is a stock phrase of AI-written marketing; say the concrete thing instead.',
});
