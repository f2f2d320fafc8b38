/** Docs for copy/claims/natural-claim (summary, rationale, source, examples): imported only by the documented pack, never at runtime. */
import type { RuleMeta } from '../../../engine/rule.js';

export const copyClaimsNaturalClaimMeta: RuleMeta = {
  summary: 'Absolute "natural" claims: "100% natural", "all-natural", "chemical-free".',
  rationale:
    'An absolute natural claim says the whole product has no synthetic ingredient; regulators and claim checkers treat it as a claim that needs substantiation, so name the natural ingredient instead.',
  source:
    'FTC Green Guides 16 CFR 260 (https://www.ftc.gov/legal-library/browse/federal-register-notices/guides-use-environmental-marketing-claims-green-guides); claims-compliance-checker word list (https://github.com/wassemgtk/skills-testing).',
  examples: {
    valid: [{ input: '6 mm natural rubber mat with a textured top.' }],
    invalid: [{ input: '100% natural lip balm.' }, { input: 'An all-natural cleaner.' }],
  },
};
