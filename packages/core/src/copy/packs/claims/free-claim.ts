/** copy/claims/free-claim: "free" offers, as the shared claims detector finds them (runtime rule, no docs). */
import { copyClaimRule } from './claim-rule.js';

export const copyClaimsFreeClaimRule = copyClaimRule({
  id: 'copy/claims/free-claim',
  claimClass: 'free',
  severity: 'warning',
  substantiable: true,
});
