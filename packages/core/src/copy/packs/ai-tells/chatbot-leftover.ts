/** copy/ai-tells/chatbot-leftover: Chatbot leftovers: "I hope this helps", "Certainly!", "Here is a revised…", "As an AI…". */

import { copyExistenceRule } from '../../rule-kinds/existence.js';
import { CHATBOT_LEFTOVERS } from './words.js';

export const copyAiTellsChatbotLeftoverRule = copyExistenceRule({
  id: 'copy/ai-tells/chatbot-leftover',
  category: 'ai-tells',
  severity: 'error',
  tokens: CHATBOT_LEFTOVERS,
  plurals: false,
  message: '"{match}" is chatbot text left in the copy; delete it.',
  refine: (ctx, hit) => {
    // "Certainly" is a leftover only as an opener ("Certainly! Here is…").
    if (hit.value.phrase !== 'certainly') return true;
    const before = ctx.text.slice(Math.max(0, hit.start - 2), hit.start).trim();
    const after = ctx.text.charAt(hit.end);
    return (before === '' || /[.!?:\n"]$/.test(before)) && /[!,.:]/.test(after);
  },
});
