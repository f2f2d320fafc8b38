/** Docs for listing/amazon/bullet-characters (summary, rationale, source, examples); only the documented pack imports this. */
import type { RuleMeta } from '../../../engine/rule.js';

export const amazonBulletCharactersMeta: RuleMeta = {
  summary: 'Bullets contain no emoji and none of ™ ® © € … † ‡ ¢ £ ¥ ± ~.',
  rationale: 'Since 15 August 2024 Amazon may edit or remove bullets that contain these characters.',
  source:
    'goatconsulting, Amazon product detail page rules violation and the August 2024 bullet-point policy (third-party): https://goatconsulting.com/amazon-policy/amazon-product-detail-page-rules-violation-policy-compliance; shipaim, banned characters and words from August 2024 (third-party): https://shipaim.com/amazons-new-ban-on-prohibited-words-strict-investigation-will-be-carried-out-in-august.',
  examples: {
    valid: [{ input: { bullets: ['Keeps drinks cold for 24 hours.'] } }],
    invalid: [{ input: { bullets: ['Keeps drinks cold ❄️ for 24 hours™'] } }],
  },
};
