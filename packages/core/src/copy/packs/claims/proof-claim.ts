/** copy/claims/proof-claim: proof and absolute efficacy claims, as the shared claims detector finds them (runtime rule, no docs). */
import { copyClaimRule } from './claim-rule.js';

export const copyClaimsProofClaimRule = copyClaimRule({
  id: 'copy/claims/proof-claim',
  claimClass: 'proof',
  severity: 'error',
  substantiable: true,
});
