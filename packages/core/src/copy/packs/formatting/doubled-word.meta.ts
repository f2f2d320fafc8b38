/** Docs for copy/formatting/doubled-word (summary, rationale, source, examples); only the documented pack imports this. */
import type { RuleMeta } from '../../../engine/index.js';

export const copyFormattingDoubledWordMeta: RuleMeta = {
  summary: 'The same word twice in a row ("the the"), with a fix that removes the second.',
  rationale: 'A doubled word is almost always a typo, and it is the kind reviewers miss.',
  source: 'https://vale.sh/docs/ (`repetition`); https://github.com/btford/write-good (lexical illusions).',
  examples: {
    valid: [{ input: 'Fits the lid tightly.' }],
    invalid: [{ input: 'Fits the the lid tightly.' }],
  },
};
