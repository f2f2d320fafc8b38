/** copy/claims/new-claim: "new" claims, as the shared claims detector finds them (runtime rule, no docs). */
import { copyClaimRule } from './claim-rule.js';

export const copyClaimsNewClaimRule = copyClaimRule({
  id: 'copy/claims/new-claim',
  claimClass: 'new',
  severity: 'info',
  substantiable: false,
});
