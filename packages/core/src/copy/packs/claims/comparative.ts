/** copy/claims/comparative: comparative claims against competitors, as the shared claims detector finds them (runtime rule, no docs). */
import { copyClaimRule } from './claim-rule.js';

export const copyClaimsComparativeRule = copyClaimRule({
  id: 'copy/claims/comparative',
  claimClass: 'comparative',
  severity: 'warning',
  substantiable: true,
});
