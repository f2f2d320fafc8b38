/** copy/claims/made-in-usa: unqualified "Made in USA" claims, as the shared claims detector finds them (runtime rule, no docs). */
import { copyClaimRule } from './claim-rule.js';

export const copyClaimsMadeInUsaRule = copyClaimRule({
  id: 'copy/claims/made-in-usa',
  claimClass: 'origin',
  severity: 'warning',
  substantiable: true,
});
