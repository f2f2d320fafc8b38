/** Docs for copy/ai-tells/overused-vocabulary (summary, rationale, source, examples); only the documented pack imports this. */

import type { RuleMeta } from '../../../engine/index.js';

export const copyAiTellsOverusedVocabularyMeta: RuleMeta = {
  summary: 'Words AI drafts overuse ("delve", "seamless", "elevate", "tapestry").',
  rationale:
    'One hit is normal English, so it is only advice; many hits together are what makes copy read machine-written (see the density rule).',
  source:
    'https://github.com/tbhb/vale-ai-tells (OverusedVocabulary, MIT); https://github.com/blader/humanizer (MIT), after https://en.wikipedia.org/wiki/Wikipedia:Signs_of_AI_writing.',
  examples: {
    valid: [{ input: 'Double-wall steel keeps drinks cold for 24 hours.' }],
    invalid: [{ input: 'A seamless pour every time.' }],
  },
};
