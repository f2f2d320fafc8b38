/** copy/claims/drug-claim: cosmetic-to-drug and pesticide claims, as the shared claims detector finds them (runtime rule, no docs). */
import { copyClaimRule } from './claim-rule.js';

export const copyClaimsDrugClaimRule = copyClaimRule({
  id: 'copy/claims/drug-claim',
  claimClass: 'drug',
  severity: 'error',
  substantiable: true,
});
