/** Docs for listing/walmart/key-features (summary, rationale, source, examples); only the documented pack imports this. */
import type { RuleMeta } from '../../../engine/rule.js';

export const walmartKeyFeaturesMeta: RuleMeta = {
  summary: 'The listing has at least 3 key features.',
  rationale: 'Key features count toward the content score and are the first thing shoppers scan.',
  source:
    'Prodtimize, Walmart Marketplace listing guide (third-party): https://prodtimize.com/blog/walmart-marketplace-listing-guide; Bluestack, first Walmart listing (third-party): https://bluestack.ca/nso-03-first-listing; 3 is the floor they agree on.',
  examples: {
    valid: [{ input: { bullets: ['Rich and creamy', 'Fortified with vitamin D', '1 gallon jug'] } }],
    invalid: [{ input: { bullets: ['Rich and creamy'] } }],
  },
};
