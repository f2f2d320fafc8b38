/** Docs for copy/policy/search-terms-words (summary, rationale, source, examples); only the documented pack imports this. */
import type { RuleMeta } from '../../../engine/index.js';

export const copyPolicySearchTermsWordsMeta: RuleMeta = {
  summary: 'Temporary and subjective words in Amazon backend search terms ("new", "on sale", "best", "amazing").',
  rationale: 'Amazon ignores or rejects such terms and they waste the 249-byte budget.',
  source: 'https://sellercentral.amazon.com/gp/help/external/G23501 (search terms).',
  examples: {
    valid: [{ input: { text: 'pour over dripper ceramic cone filter', placement: 'amazon.search-terms' } }],
    invalid: [{ input: { text: 'new best coffee dripper', placement: 'amazon.search-terms' } }],
  },
};
