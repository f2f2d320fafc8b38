/** Docs for copy/ai-tells/density (summary, rationale, source, examples); only the documented pack imports this. */

import type { RuleMeta } from '../../../engine/index.js';

export const copyAiTellsDensityMeta: RuleMeta = {
  summary: 'Too many AI tells per 100 words (vocabulary and clichés together).',
  rationale:
    'Detectors judge how densely the markers cluster rather than single hits; a dense cluster reads as unedited AI copy even when each word is fine.',
  source:
    'https://github.com/athola/claude-night-market (scribe slop-detector: density per 100 words); https://en.wikipedia.org/wiki/Wikipedia:Signs_of_AI_writing (caveats).',
  examples: {
    valid: [{ input: 'A seamless zipper and a roomy main pocket hold a 15-inch laptop and a day of gear.' }],
    invalid: [
      {
        input:
          'Elevate your commute with a seamless, meticulously crafted backpack. This game-changer is a testament to cutting-edge design.',
      },
    ],
  },
};
