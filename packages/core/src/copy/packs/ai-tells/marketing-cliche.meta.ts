/** Docs for copy/ai-tells/marketing-cliche (summary, rationale, source, examples); only the documented pack imports this. */

import type { RuleMeta } from '../../../engine/index.js';

export const copyAiTellsMarketingClicheMeta: RuleMeta = {
  summary: 'Stock openers and marketing clichés ("look no further", "unlock the power of", "game-changer").',
  rationale: 'These phrases carry no information and signal unedited AI copy to shoppers and reviewers.',
  source: 'https://github.com/tbhb/vale-ai-tells (OpeningCliches, MIT).',
  examples: {
    valid: [{ input: 'Brews 12 cups in six minutes.' }],
    invalid: [{ input: 'Look no further: this kettle is a game-changer.' }],
  },
};
