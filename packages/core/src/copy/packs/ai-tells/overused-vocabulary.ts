/** copy/ai-tells/overused-vocabulary: Words AI drafts overuse ("delve", "seamless", "elevate", "tapestry"). */

import { copyExistenceRule } from '../../rule-kinds/existence.js';
import { AI_VOCABULARY } from './words.js';

export const copyAiTellsOverusedVocabularyRule = copyExistenceRule({
  id: 'copy/ai-tells/overused-vocabulary',
  category: 'ai-tells',
  severity: 'info',
  tokens: AI_VOCABULARY,
  message: '"{match}" is a word AI drafts overuse; a plainer, specific word usually reads better.',
});
