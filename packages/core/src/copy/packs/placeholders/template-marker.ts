/** copy/placeholders/template-marker: unfilled template markers and merge tags, as the shared placeholder detector finds them (runtime rule, no docs). */
import { copyPlaceholderRule } from './placeholder-rule.js';

export const copyPlaceholdersTemplateMarkerRule = copyPlaceholderRule({
  id: 'copy/placeholders/template-marker',
  kinds: ['merge-tag', 'slot', 'filler', 'unknown'],
  message: '"{match}" is an unfilled placeholder; replace it with the real value.',
});
