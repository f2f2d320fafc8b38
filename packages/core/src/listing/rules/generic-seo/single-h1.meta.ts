/** Docs for listing/generic-seo/single-h1 (summary, rationale, source, examples); only the documented pack imports this. */
import type { RuleMeta } from '../../../engine/rule.js';

export const genericSeoSingleH1Meta: RuleMeta = {
  summary: 'The page has exactly one H1 heading.',
  rationale: 'One H1 naming the product tells search engines and screen readers what the page is about.',
  source: 'squirrelscan core/h1, exactly one H1 per page (third-party): https://docs.squirrelscan.com/rules/core/h1.',
  examples: {
    valid: [{ input: { seo: { h1Count: 1 } } }],
    invalid: [{ input: { seo: { h1Count: 0 } } }, { input: { seo: { h1Count: 3 } } }],
  },
};
