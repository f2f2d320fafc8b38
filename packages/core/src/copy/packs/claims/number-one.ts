/** copy/claims/number-one: "#1"-style ranking claims, as the shared claims detector finds them (runtime rule, no docs). */
import { copyClaimRule } from './claim-rule.js';

export const copyClaimsNumberOneRule = copyClaimRule({
  id: 'copy/claims/number-one',
  claimClass: 'ranking',
  severity: 'warning',
  substantiable: true,
});
