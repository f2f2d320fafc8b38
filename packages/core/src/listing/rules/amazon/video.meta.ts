/** Docs for listing/amazon/video (summary, rationale, source, examples); only the documented pack imports this. */
import type { RuleMeta } from '../../../engine/rule.js';

export const amazonVideoMeta: RuleMeta = {
  summary: 'The listing has at least one product video.',
  rationale: 'Listing-quality scorers reward video, and video answers questions photos cannot.',
  source:
    'ZonGuru, Listing Strength video bonus (third-party): https://help.zonguru.com/en/articles/3028258-listing-strength-breakdown; Sellerby, Amazon video specs (third-party): https://sellerby.com/p/2890.html.',
  examples: {
    valid: [{ input: { videoCount: 2 } }],
    invalid: [{ input: { videoCount: 0 } }],
  },
};
