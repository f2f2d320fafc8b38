/** Docs for listing/amazon/bullet-characters (summary, rationale, source, examples); only the documented pack imports this. */
import type { RuleMeta } from '../../../engine/rule.js';

export const amazonBulletCharactersMeta: RuleMeta = {
  summary: 'Bullets contain no emoji and none of ™ ® © € … † ‡ ¢ £ ¥ ± ~.',
  rationale: 'Since 15 August 2024 Amazon may edit or remove bullets that contain these characters.',
  source: '[3P] goatconsulting and shipaim summaries of the August 2024 bullet-point policy.',
  examples: {
    valid: [{ input: { bullets: ['Keeps drinks cold for 24 hours.'] } }],
    invalid: [{ input: { bullets: ['Keeps drinks cold ❄️ for 24 hours™'] } }],
  },
};
