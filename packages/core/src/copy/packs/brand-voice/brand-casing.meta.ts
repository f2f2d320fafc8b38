/** Docs for copy/brand-voice/brand-casing (summary, rationale, source, examples); only the documented pack imports this. */
import type { RuleMeta } from '../../../engine/index.js';

export const copyBrandVoiceBrandCasingMeta: RuleMeta = {
  summary: 'The brand name written in any casing other than the configured one (with a replace fix).',
  rationale: 'A brand name spelled three ways looks careless and weakens search and trademark consistency.',
  source:
    "CopyConfig.brand (the team's style guide), checked like Vale's `capitalization` and `substitution` rules: https://vale.sh/docs/.",
  examples: {
    valid: [{ input: { text: 'The KitchenAid stand mixer.', config: { brand: { name: 'KitchenAid' } } } }],
    invalid: [{ input: { text: 'The Kitchenaid stand mixer.', config: { brand: { name: 'KitchenAid' } } } }],
  },
};
