/** copy/placeholders/pending-phrase: placeholder wording such as "n/a" and "to be determined", as the shared placeholder detector finds them (runtime rule, no docs). */
import { copyPlaceholderRule } from './placeholder-rule.js';

export const copyPlaceholdersPendingPhraseRule = copyPlaceholderRule({
  id: 'copy/placeholders/pending-phrase',
  kinds: ['pending'],
  message: '"{match}" is placeholder wording; replace it with the real content.',
});
