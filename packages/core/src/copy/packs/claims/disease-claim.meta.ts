/** Docs for copy/claims/disease-claim (summary, rationale, source, examples): imported only by the documented pack, never at runtime. */
import type { RuleMeta } from '../../../engine/rule.js';

export const copyClaimsDiseaseClaimMeta: RuleMeta = {
  summary: 'Disease claims: a verb such as cure, treat or prevent followed by a disease ("cures joint pain").',
  rationale:
    'Claiming to diagnose, treat, cure or prevent a disease makes a product an unapproved drug; supplements may only make structure/function claims with the FDA disclaimer.',
  source:
    '21 CFR 101.93; Amazon Seller Central 202024200 (prohibited product claims). Sources: http://edocket.access.gpo.gov/cfr_2006/aprqtr/21cfr101.93.htm ; https://github.com/ai-coding-foundation/hydrogen-theme.',
  examples: {
    valid: [
      { input: 'Supports joint comfort after long runs.' },
      { input: 'Dog treats made with real chicken.', note: '"treats" as a noun, no disease.' },
      { input: 'Epoxy cures fully in 24 hours.' },
    ],
    invalid: [{ input: 'Cures joint pain in days.' }, { input: 'Helps prevent colds and flu.' }],
  },
};
