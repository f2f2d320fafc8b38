/** Docs for links/unassigned-channel (summary, rationale, source, examples); only the documented pack imports this. */
import type { RuleMeta } from '../../engine/rule.js';

export const linksUnassignedChannelMeta: RuleMeta = {
  summary: 'GA4 would put the traffic in a named default channel, not Unassigned.',
  rationale: 'Unassigned traffic drops out of channel reports, so its revenue disappears from the creative report.',
  source:
    'https://support.google.com/analytics/answer/9756891 (default channel group rules; Unassigned when no rule matches).',
  examples: {
    valid: [{ input: 'https://shop.example.com/?utm_source=newsletter&utm_medium=email&utm_campaign=spring' }],
    invalid: [{ input: 'https://shop.example.com/?utm_source=partner&utm_medium=qr_code&utm_campaign=spring' }],
  },
};
