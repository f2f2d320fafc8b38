/** Docs for copy/claims/proof-claim (summary, rationale, source, examples): imported only by the documented pack, never at runtime. */
import type { RuleMeta } from '../../../engine/rule.js';

export const copyClaimsProofClaimMeta: RuleMeta = {
  summary: 'Proof and absolute claims: "clinically proven", "guaranteed results", "100% effective", "FDA approved".',
  rationale:
    'Health and efficacy claims need competent and reliable scientific evidence that matches the product, dose and form.',
  source:
    'NAD substantiation (human trials, p≤0.05); FTC; "FDA approved" on non-approved goods (thinkcascadia). Sources: https://advertisinglaw.legal/2018/05/21/puffery-health-claims-supported-by-reliable-and-scientific-evidence/.',
  examples: {
    valid: [{ input: 'Tested on 40 volunteers over 8 weeks; see the study summary.' }],
    invalid: [{ input: 'Clinically proven to reduce puffiness.' }, { input: '100% effective against odor.' }],
  },
};
