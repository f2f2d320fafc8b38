/** Docs for copy/formatting/bullet-wall-of-text (summary, rationale, source, examples); only the documented pack imports this. */
import type { RuleMeta } from '../../../engine/index.js';

export const copyFormattingBulletWallOfTextMeta: RuleMeta = {
  summary: 'Bullets and key features longer than 45 words.',
  rationale: 'Mobile shows about 200 characters of a bullet; a wall of text hides the benefit that should lead.',
  source:
    'https://www.amazonlistingaudit.com/policy/bullet-point-guidelines and https://viral-launch.com/?p=1954 (250–255 characters per bullet, about 200 visible on mobile).',
  examples: {
    valid: [
      {
        input: {
          text: 'LEAK-PROOF LID: the twist lid seals tight, so it rides in a bag without spills.',
          placement: 'amazon.bullet',
        },
      },
    ],
    invalid: [
      {
        input: {
          text: 'This bottle has a lid that seals tightly and a handle that folds flat and a body made from steel that keeps drinks cold for a whole day and hot for half a day and it fits cup holders and bike cages and it comes in nine colors for everyone.',
          placement: 'amazon.bullet',
        },
      },
    ],
  },
};
