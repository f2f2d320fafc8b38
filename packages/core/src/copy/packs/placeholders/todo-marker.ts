/** copy/placeholders/todo-marker: TBD/TODO/NA markers, as the shared placeholder detector finds them (runtime rule, no docs). */
import { copyPlaceholderRule } from './placeholder-rule.js';

export const copyPlaceholdersTodoMarkerRule = copyPlaceholderRule({
  id: 'copy/placeholders/todo-marker',
  kinds: ['todo'],
  message: '"{match}" is a to-do or not-applicable marker; fill in the real content or remove the line.',
});
