/** Docs for listing/walmart/key-features (summary, rationale, source, examples); only the documented pack imports this. */
import type { RuleMeta } from '../../../engine/rule.js';

export const walmartKeyFeaturesMeta: RuleMeta = {
  summary: 'The listing has at least 3 key features.',
  rationale: 'Key features count toward the content score and are the first thing shoppers scan.',
  source: '[3P] prodtimize and bluestack Walmart listing guides (3 is the floor they agree on).',
  examples: {
    valid: [{ input: { bullets: ['Rich and creamy', 'Fortified with vitamin D', '1 gallon jug'] } }],
    invalid: [{ input: { bullets: ['Rich and creamy'] } }],
  },
};
