/** Docs for listing/amazon/bullet-length (summary, rationale, source, examples); only the documented pack imports this. */
import type { RuleMeta } from '../../../engine/rule.js';

export const amazonBulletLengthMeta: RuleMeta = {
  summary: 'Each bullet is at most 500 characters (a hard limit) and ideally at most 255.',
  rationale: 'Bullets over 500 characters are rejected (error 8102); over about 255 they are cut on most surfaces.',
  source:
    'GoDataFeed, Amazon error 8102 (third-party): https://www.godatafeed.com/disapproval/amazon-8102-bullet-format-issue; Viral Launch, bullet length guidance (third-party): https://viral-launch.com/?p=1954; amazonlistingaudit, bullet point guidelines (third-party): https://www.amazonlistingaudit.com/policy/bullet-point-guidelines.',
  examples: {
    valid: [{ input: { bullets: ['Holds 2 L of water and keeps it cold for 24 hours.'] } }],
    invalid: [
      { input: { bullets: [/* @__PURE__ */ 'x'.repeat(300)] } },
      { input: { bullets: ['ok', /* @__PURE__ */ 'y'.repeat(501)] } },
    ],
  },
};
