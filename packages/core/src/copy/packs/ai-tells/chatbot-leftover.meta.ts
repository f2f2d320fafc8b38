/** Docs for copy/ai-tells/chatbot-leftover (summary, rationale, source, examples); only the documented pack imports this. */

import type { RuleMeta } from '../../../engine/index.js';

export const copyAiTellsChatbotLeftoverMeta: RuleMeta = {
  summary: 'Chatbot leftovers: "I hope this helps", "Certainly!", "Here is a revised…", "As an AI…".',
  rationale: 'Text the model addressed to its user must never ship to customers.',
  source: 'https://github.com/blader/humanizer and https://github.com/tbhb/vale-ai-tells (chatbot artifacts).',
  examples: {
    valid: [{ input: 'It will certainly fit a standard cup holder.' }],
    invalid: [
      { input: 'Certainly! Here is a revised product description.' },
      { input: 'Soft cotton tee. I hope this helps!' },
    ],
  },
};
