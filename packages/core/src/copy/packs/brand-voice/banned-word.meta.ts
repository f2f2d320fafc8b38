/** Docs for copy/brand-voice/banned-word (summary, rationale, source, examples); only the documented pack imports this. */
import type { RuleMeta } from '../../../engine/index.js';

export const copyBrandVoiceBannedWordMeta: RuleMeta = {
  summary: "Words on the brand's banned list (CopyConfig.bannedWords), whole words, any case, plurals included.",
  rationale:
    'Every brand has words it never uses (cheap, hack, competitor names); catching them at typing speed saves a review round.',
  source:
    "CopyConfig.bannedWords (the team's style guide), checked like Vale's `existence` rule: https://vale.sh/docs/.",
  examples: {
    valid: [{ input: { text: 'An affordable everyday knife.', config: { bannedWords: ['cheap'] } } }],
    invalid: [{ input: { text: 'A cheap everyday knife.', config: { bannedWords: ['cheap'] } } }],
  },
};
