/** Docs for listing/amazon/title-repeated-words (summary, rationale, source, examples); only the documented pack imports this. */
import type { RuleMeta } from '../../../engine/rule.js';

export const amazonTitleRepeatedWordsMeta: RuleMeta = {
  summary: 'No word appears more than twice in the title; articles, prepositions and conjunctions are exempt.',
  rationale: 'Amazon treats repeated words as keyword stuffing and suppresses or rewrites such titles.',
  source:
    'Amazon title rules of 2025-01-17 as reported by forestleopard (third-party): https://forestleopard.com/knowledgedetail/Amazon-US-announcement--the-ne; and by Reportify (third-party): https://reportify.ai/news/1122339458709065728.',
  examples: {
    valid: [{ input: { title: 'Dog Bed for Large Dogs, Washable Dog Bed with Bolster' } }],
    invalid: [{ input: { title: 'Dog Bed Dog Pillow Dog Mat for Dogs' }, note: '"dog" three times' }],
  },
};
