/** copy/claims/natural-claim: absolute "natural" claims, as the shared claims detector finds them (runtime rule, no docs). */
import { copyClaimRule } from './claim-rule.js';

export const copyClaimsNaturalClaimRule = copyClaimRule({
  id: 'copy/claims/natural-claim',
  claimClass: 'natural',
  severity: 'warning',
  substantiable: true,
});
