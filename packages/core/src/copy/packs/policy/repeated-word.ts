/** copy/policy/repeated-word: The same word more than twice in a marketplace title (articles, prepositions and conjunctions exempt). */

import { copyRepetitionRule } from '../../rule-kinds/repetition.js';
import { TITLES } from './shared.js';

export const copyPolicyRepeatedWordRule = copyRepetitionRule({
  id: 'copy/policy/repeated-word',
  category: 'policy',
  severity: 'error',
  scope: 'text',
  max: 2,
  placements: TITLES,
  ignore: [
    'a',
    'an',
    'the',
    'and',
    'or',
    'but',
    'nor',
    'for',
    'with',
    'of',
    'in',
    'on',
    'at',
    'to',
    'by',
    'from',
    'as',
    'per',
    'into',
    'up',
    'x',
  ],
  message: '"{match}" is used {value} times; marketplace titles allow a word at most {limit} times.',
});
