/** Docs for copy/policy/repeated-word (summary, rationale, source, examples); only the documented pack imports this. */
import type { RuleMeta } from '../../../engine/index.js';

export const copyPolicyRepeatedWordMeta: RuleMeta = {
  summary: 'The same word more than twice in a marketplace title (articles, prepositions and conjunctions exempt).',
  rationale:
    'Amazon (2025) allows a word at most twice in a title; Walmart bans repeated keywords. Keyword stuffing gets titles suppressed.',
  source:
    'https://forestleopard.com/knowledgedetail/Amazon-US-announcement--the-ne and https://reportify.ai/news/1122339458709065728 (Amazon title rules, 2025-01-17); https://marketplacelearn.walmart.com/guides/Item%20setup/Item%20content,%20imagery,%20and%20media/Product-Detail-Page:-overview.',
  examples: {
    valid: [{ input: { text: 'Dog Bed for Large Dogs, Washable Cover', placement: 'amazon.title' } }],
    invalid: [{ input: { text: 'Dog Bed, Dog Bed for Dogs, Dog Crate Mat', placement: 'amazon.title' } }],
  },
};
