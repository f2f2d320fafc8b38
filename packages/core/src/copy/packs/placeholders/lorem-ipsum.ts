/** copy/placeholders/lorem-ipsum: lorem ipsum filler, as the shared placeholder detector finds them (runtime rule, no docs). */
import { copyPlaceholderRule } from './placeholder-rule.js';

export const copyPlaceholdersLoremIpsumRule = copyPlaceholderRule({
  id: 'copy/placeholders/lorem-ipsum',
  kinds: ['lorem'],
  message: '"{match}" is filler text; write the real copy.',
});
