/** Docs for listing/amazon/bullet-length (summary, rationale, source, examples); only the documented pack imports this. */
import type { RuleMeta } from '../../../engine/rule.js';

export const amazonBulletLengthMeta: RuleMeta = {
  summary: 'Each bullet is at most 500 characters (a hard limit) and ideally at most 255.',
  rationale: 'Bullets over 500 characters are rejected (error 8102); over about 255 they are cut on most surfaces.',
  source: '[3P] godatafeed error 8102; viral-launch and amazonlistingaudit bullet guidelines.',
  examples: {
    valid: [{ input: { bullets: ['Holds 2 L of water and keeps it cold for 24 hours.'] } }],
    invalid: [{ input: { bullets: ['x'.repeat(300)] } }, { input: { bullets: ['ok', 'y'.repeat(501)] } }],
  },
};
