/** Docs for copy/brand-voice/preferred-term (summary, rationale, source, examples); only the documented pack imports this. */
import type { RuleMeta } from '../../../engine/index.js';

export const copyBrandVoicePreferredTermMeta: RuleMeta = {
  summary:
    'Terms the brand replaces with a preferred one (CopyConfig.substitutions), with a safe replace fix that keeps case.',
  rationale: 'Consistent terminology ("T-shirt", not "tee shirt") reads as one voice across every placement.',
  source:
    "CopyConfig.substitutions (the team's style guide), checked like Vale's `substitution` rule: https://vale.sh/docs/.",
  examples: {
    valid: [
      {
        input: {
          text: 'A cotton T-shirt.',
          config: { substitutions: [{ use: 'T-shirt', insteadOf: ['tee shirt'] }] },
        },
      },
    ],
    invalid: [
      {
        input: {
          text: 'A cotton tee shirt.',
          config: { substitutions: [{ use: 'T-shirt', insteadOf: ['tee shirt'] }] },
        },
      },
    ],
  },
};
