/** copy/policy/search-terms-words: Temporary and subjective words in Amazon backend search terms ("new", "on sale", "best", "amazing"). */

import { copyExistenceRule } from '../../rule-kinds/existence.js';
import { SEARCH_TERM_BANNED } from './words.js';

export const copyPolicySearchTermsWordsRule = copyExistenceRule({
  id: 'copy/policy/search-terms-words',
  category: 'policy',
  severity: 'error',
  tokens: SEARCH_TERM_BANNED,
  plurals: false,
  placements: ['amazon.search-terms'],
  message: '"{match}" is a temporary or subjective term, which Amazon prohibits in search terms.',
});
