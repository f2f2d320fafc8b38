/** copy/formatting/doubled-word: The same word twice in a row ("the the"), with a fix that removes the second. */

import { copyRepetitionRule } from '../../rule-kinds/repetition.js';

export const copyFormattingDoubledWordRule = copyRepetitionRule({
  id: 'copy/formatting/doubled-word',
  category: 'formatting',
  severity: 'warning',
  scope: 'adjacent',
  message: '"{match}" is written twice in a row; remove one.',
});
