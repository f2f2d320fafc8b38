/** Docs for listing/amazon/video (summary, rationale, source, examples); only the documented pack imports this. */
import type { RuleMeta } from '../../../engine/rule.js';

export const amazonVideoMeta: RuleMeta = {
  summary: 'The listing has at least one product video.',
  rationale: 'Listing-quality scorers reward video, and video answers questions photos cannot.',
  source: '[3P] ZonGuru Listing Strength (video bonus); sellerby video specs.',
  examples: {
    valid: [{ input: { videoCount: 2 } }],
    invalid: [{ input: { videoCount: 0 } }],
  },
};
