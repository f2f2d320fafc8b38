/** Docs for copy/brand-voice/required-disclaimer (summary, rationale, source, examples); only the documented pack imports this. */
import type { RuleMeta } from '../../../engine/index.js';

export const copyBrandVoiceRequiredDisclaimerMeta: RuleMeta = {
  summary: 'A disclaimer the team requires for a placement is missing (CopyConfig.requiredDisclaimers).',
  rationale:
    'Supplement copy needs the exact FDA disclaimer next to structure/function claims; offers need their terms.',
  source:
    'CopyConfig.requiredDisclaimers; https://www.ecfr.gov/current/title-21/chapter-I/subchapter-B/part-101/subpart-F/section-101.93 (supplement disclaimer); https://www.ecfr.gov/current/title-16/chapter-I/subchapter-B/part-251 (free offers).',
  examples: {
    valid: [
      {
        input: {
          text: 'Supports restful sleep.* *Terms apply.',
          config: { requiredDisclaimers: [{ text: '*Terms apply.' }] },
        },
      },
    ],
    invalid: [
      {
        input: {
          text: 'Supports restful sleep.',
          placement: 'amazon.description',
          config: { requiredDisclaimers: [{ text: 'Terms apply', placements: ['amazon.description'] }] },
        },
      },
    ],
  },
};
